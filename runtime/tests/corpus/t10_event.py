import threading, time
ready = threading.Event()
def waiter(n):
    ready.wait()
    print("waiter", n, "released")
ts = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
for t in ts: t.start()
time.sleep(0.2)
print("setting")
ready.set()
for t in ts: t.join()
e = threading.Event()
print(e.wait(0.05), e.is_set())
