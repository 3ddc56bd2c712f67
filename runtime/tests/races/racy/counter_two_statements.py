# The read and the write in two statements: another thread can write in between.
# correct: counter = 2000
import threading

counter = 0


def work(times):
    global counter
    for _ in range(times):
        value = counter
        counter = value + 1


threads = [threading.Thread(target=work, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter}")
