# Creates a new lock in every iteration: each thread has its own, so nothing is protected.
# expect: fail
# expect-hint: lock-per-call
# expect-failing: always-4000, shared-lock, tests
import threading

counter = 0


def work(times):
    global counter
    for _ in range(times):
        with threading.Lock():
            counter += 1


def main():
    threads = [threading.Thread(target=work, args=(1_000,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"counter = {counter}")


main()
