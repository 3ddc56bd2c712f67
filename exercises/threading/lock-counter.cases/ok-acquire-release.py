# Another correct solution: acquire and release by hand, with try/finally.
# expect: pass
import threading

counter = 0
counter_lock = threading.Lock()


def work(times):
    global counter
    for _ in range(times):
        counter_lock.acquire()
        try:
            counter += 1
        finally:
            counter_lock.release()


def main():
    threads = [threading.Thread(target=work, args=(1_000,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"counter = {counter}")


main()
