import threading, time
items = []
cond = threading.Condition()
def consumer(n):
    with cond:
        cond.wait_for(lambda: items)
        print("consumer", n, "got", items.pop(0))
cs = [threading.Thread(target=consumer, args=(n,)) for n in range(2)]
for c in cs: c.start()
for x in ("a", "b"):
    time.sleep(0.1)
    with cond:
        items.append(x)
        cond.notify()
for c in cs: c.join()
with cond:
    print("timed out:", cond.wait(0.05) is False)
