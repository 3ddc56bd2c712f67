import threading, time
sem = threading.Semaphore(2)
start = time.monotonic()
def job(i):
    with sem:
        time.sleep(0.1)
        print(i, "done at", round(time.monotonic() - start, 1))
ts = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("total", round(time.monotonic() - start, 1))
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
