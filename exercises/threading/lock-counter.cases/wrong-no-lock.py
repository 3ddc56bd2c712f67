# The starter's race: counter += 1 unprotected.
# expect: fail
# expect-hint: lost-updates, use-lock
# expect-failing: always-4000, shared-lock, tests
import threading

counter = 0


def work(times):
    global counter
    for _ in range(times):
        counter += 1


def main():
    threads = [threading.Thread(target=work, args=(1_000,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"counter = {counter}")


main()
