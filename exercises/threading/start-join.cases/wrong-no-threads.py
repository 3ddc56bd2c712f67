# Runs the workers in the main thread, one after another (like the starter code).
# expect: fail
# expect-hint: use-thread
# expect-failing: uses-thread, three-threads, elapsed, overlap, report
import time


def worker(n):
    print(f"worker {n} starting")
    time.sleep(1)
    print(f"worker {n} done")


def main():
    started = time.perf_counter()
    for n in range(3):
        worker(n)
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
