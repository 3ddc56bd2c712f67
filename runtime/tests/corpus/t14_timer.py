import threading, time
start = time.monotonic()
def ring(msg):
    print(msg, round(time.monotonic() - start, 1))
t1 = threading.Timer(0.2, ring, args=("first",))
t2 = threading.Timer(0.1, ring, args=("second",))
t3 = threading.Timer(0.3, ring, args=("never",))
t1.start(); t2.start(); t3.start()
t3.cancel()
t1.join(); t2.join(); t3.join()
print("end", round(time.monotonic() - start, 1))
