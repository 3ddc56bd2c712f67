# Another correct solution: start in one loop while collecting, join in a second.
# expect: pass
from threading import Thread
import time


def worker(n):
    print(f"worker {n} starting")
    time.sleep(1)
    print(f"worker {n} done")


def main():
    started = time.perf_counter()
    threads = []
    for n in range(3):
        t = Thread(target=worker, args=(n,))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
