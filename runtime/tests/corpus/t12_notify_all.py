import threading, time
cond = threading.Condition()
go = False
def runner(n):
    with cond:
        while not go:
            cond.wait()
    time.sleep(0.01 * n)
    print("runner", n)
ts = [threading.Thread(target=runner, args=(n,)) for n in range(4)]
for t in ts: t.start()
time.sleep(0.1)
with cond:
    go = True
    cond.notify_all()
for t in ts: t.join()
