# Calls run() instead of start(): the body runs in the main thread, no thread starts,
# and join() then raises RuntimeError.
# expect: fail
# expect-hint: run-not-start
# expect-failing: three-threads, elapsed, overlap, done-last, report, exit, every-schedule
import threading
import time


def worker(n):
    print(f"worker {n} starting")
    time.sleep(1)
    print(f"worker {n} done")


def main():
    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.run()
    for thread in threads:
        thread.join()
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
