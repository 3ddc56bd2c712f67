# Starts the threads but never joins them: "all done" is printed too early.
# expect: fail
# expect-hint: missing-join
# expect-failing: done-last, report, every-schedule
import threading
import time


def worker(n):
    print(f"worker {n} starting")
    time.sleep(1)
    print(f"worker {n} done")


def main():
    started = time.perf_counter()
    for n in range(3):
        threading.Thread(target=worker, args=(n,)).start()
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
