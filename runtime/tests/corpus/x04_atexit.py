import atexit, threading, time
atexit.register(print, "atexit ran")
def worker():
    time.sleep(0.1)
    print("worker")
threading.Thread(target=worker).start()
print("main done")
