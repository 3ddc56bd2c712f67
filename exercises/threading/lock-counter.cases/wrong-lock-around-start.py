# Holds the lock in main() around starting the threads, not around the increment.
# expect: fail
# expect-hint: lock-per-call
# expect-failing: always-4000, shared-lock, tests

import threading

counter = 0
counter_lock = threading.Lock()


def work(times):
    global counter
    for _ in range(times):
        counter += 1


def main():
    threads = [threading.Thread(target=work, args=(1_000,)) for _ in range(4)]
    with counter_lock:
        for thread in threads:
            thread.start()
    for thread in threads:
        thread.join()
    print(f"counter = {counter}")


main()
