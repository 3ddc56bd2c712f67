# Each access locked, the read-modify-write not: the lock is released between read and write.
# expect: fail
# expect-hint: lock-split
# expect-failing: always-4000, tests
import threading

counter = 0
counter_lock = threading.Lock()


def work(times):
    global counter
    for _ in range(times):
        with counter_lock:
            value = counter
        with counter_lock:
            counter = value + 1


def main():
    threads = [threading.Thread(target=work, args=(1_000,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"counter = {counter}")


main()
