# Also correct: hold the lock for the whole loop (the threads then take turns).
# expect: pass
import threading

counter = 0
counter_lock = threading.Lock()


def work(times):
    global counter
    with counter_lock:
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
