# Daemon threads and time.sleep(1.0) instead of join(): right only when every worker happens to
# wake before main() does.
# expect: fail
# expect-hint: sleep-not-join
# expect-failing: every-schedule
import threading
import time


def worker(n):
    print(f"worker {n} starting")
    time.sleep(1)
    print(f"worker {n} done")


def main():
    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    print(f"all done in {time.perf_counter() - started:.1f} s")


main()
