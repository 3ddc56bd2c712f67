# Each access is locked, the read-modify-write as a whole is not.
# correct: counter = 2000
import threading

counter = 0
lock = threading.Lock()


def work(times):
    global counter
    for _ in range(times):
        with lock:
            value = counter
        with lock:
            counter = value + 1


threads = [threading.Thread(target=work, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter}")
