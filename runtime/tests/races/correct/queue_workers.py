# Workers take jobs from a queue.Queue and put results on another: the queue does the locking.
# correct: total = 4950
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            return
        results.put(n)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(100):
    jobs.put(n)
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
total = 0
while not results.empty():
    total += results.get()
print(f"total = {total}")
