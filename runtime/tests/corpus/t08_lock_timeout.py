import threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.3)
t = threading.Thread(target=holder); t.start()
time.sleep(0.01)
start = time.monotonic()
print("got it:", lock.acquire(timeout=0.1), round(time.monotonic() - start, 1))
print("got it:", lock.acquire(timeout=1), round(time.monotonic() - start, 1))
t.join()
