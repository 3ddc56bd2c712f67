import threading, time
barrier = threading.Barrier(3)
def party(n):
    time.sleep(0.1 * n)
    i = barrier.wait()
    print("party", n, "passed")
ts = [threading.Thread(target=party, args=(n,)) for n in range(3)]
start = time.monotonic()
for t in ts: t.start()
for t in ts: t.join()
print("all passed at", round(time.monotonic() - start, 1))
b = threading.Barrier(2, timeout=0.1)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken:", b.broken)
