import threading, queue, time
tasks = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        n = tasks.get()
        if n is None:
            break
        time.sleep(0.1)
        with lock:
            results.append(n * n)
        tasks.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers: w.start()
start = time.monotonic()
for n in range(9):
    tasks.put(n)
tasks.join()
print(sorted(results), round(time.monotonic() - start, 1))
for _ in workers: tasks.put(None)
for w in workers: w.join()
