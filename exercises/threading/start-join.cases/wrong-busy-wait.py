# Waits for the threads by spinning on is_alive() instead of join().
# expect: fail
# expect-hint: busy-wait
# expect-failing: elapsed, done-last, report, every-schedule, exit

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
        thread.start()
    while any(thread.is_alive() for thread in threads):
        pass  # keep checking until every worker has finished
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
