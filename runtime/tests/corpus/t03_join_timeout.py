import threading, time
t = threading.Thread(target=time.sleep, args=(0.3,))
t.start()
t.join(timeout=0.1)
print("alive after 0.1:", t.is_alive())
t.join()
print("alive after join:", t.is_alive())
