# Correct: an RLock held around a two-statement update (read, then write).
# expect: pass
import threading

counter = 0
counter_lock = threading.RLock()


def work(times):
    global counter
    for _ in range(times):
        with counter_lock:
            value = counter
            counter = value + 1


def main():
    threads = [threading.Thread(target=work, args=(1_000,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"counter = {counter}")


main()
