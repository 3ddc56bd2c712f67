import threading
counter = 0
lock = threading.Lock()
def bump():
    global counter
    for _ in range(20000):
        with lock:
            counter += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
