# An RLock held around a two-statement update, taken again inside a helper.
# correct: counter = 1500
import threading

counter = 0
lock = threading.RLock()


def increment():
    global counter
    with lock:
        value = counter
        counter = value + 1


def work(times):
    for _ in range(times):
        with lock:
            increment()


threads = [threading.Thread(target=work, args=(500,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter}")
