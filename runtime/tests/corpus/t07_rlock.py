import threading
r = threading.RLock()
def outer():
    with r:
        inner()
def inner():
    with r:
        print("reentered")
outer()
t = threading.Thread(target=outer); t.start(); t.join()
l = threading.Lock()
print(l.acquire(), l.acquire(blocking=False), l.locked())
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
