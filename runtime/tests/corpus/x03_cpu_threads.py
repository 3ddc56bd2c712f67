# fidelity: no-timing
import threading, time
def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total
t0 = time.perf_counter()
spin(200000); spin(200000)
serial = time.perf_counter() - t0
t0 = time.perf_counter()
ts = [threading.Thread(target=spin, args=(200000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
threaded = time.perf_counter() - t0
print("threads not twice as fast:", threaded > serial * 0.55)
