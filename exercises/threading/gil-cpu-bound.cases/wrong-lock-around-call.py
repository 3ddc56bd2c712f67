# Guards the shared results list with a lock held around the whole call, so the threads take turns.
# expect: fail
# expect-hint: lock-serialises
# expect-failing: overlap, speedups, elapsed, tests

import threading
import time


def crunch(n):
    # pure Python arithmetic: needs the CPU (and the GIL) all the time
    total = 0
    for i in range(100_000):
        total += (i * n) % 7
    return total


def fetch(n):
    # waits for a slow service: the GIL is released while sleeping
    time.sleep(0.25)
    return n * 10


def serial(func, jobs):
    return [func(job) for job in jobs]


def threaded(func, jobs):
    results = [None] * len(jobs)

    lock = threading.Lock()

    def work(i):
        with lock:  # results is shared between the threads
            results[i] = func(jobs[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


# After running: do threads make each kind of work faster? (True / False)
THREADS_HELP_CPU = False
THREADS_HELP_IO = True


def measure(func, runner, jobs):
    started = time.perf_counter()
    results = runner(func, jobs)
    return results, time.perf_counter() - started


def main():
    jobs = [1, 2, 3, 4]
    for label, func in (("CPU-bound", crunch), ("I/O-bound", fetch)):
        expected, serial_time = measure(func, serial, jobs)
        results, threaded_time = measure(func, threaded, jobs)
        assert results == expected, f"threaded() returned {results}, not {expected}"
        speedup = serial_time / threaded_time
        print(f"{label}: serial {serial_time:.2f} s, 4 threads {threaded_time:.2f} s, x{speedup:.1f}")


main()
