# Starts each thread and joins it at once: the workers run one after another.
# expect: fail
# expect-hint: join-in-loop
# expect-failing: elapsed, overlap, report
import threading
import time


def worker(n):
    print(f"worker {n} starting")
    time.sleep(1)
    print(f"worker {n} done")


def main():
    started = time.perf_counter()
    for n in range(3):
        thread = threading.Thread(target=worker, args=(n,))
        thread.start()
        thread.join()
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
