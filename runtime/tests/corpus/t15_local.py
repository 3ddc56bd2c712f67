import threading, time
data = threading.local()
def work(n):
    data.value = n
    time.sleep(0.05 * (3 - n))
    print(threading.current_thread().name, data.value)
ts = [threading.Thread(target=work, args=(n,), name=f"T{n}") for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(hasattr(data, "value"))
class Ctx(threading.local):
    def __init__(self, start):
        self.count = start
c = Ctx(10)
def bump():
    c.count += 1
    print("in thread", c.count)
t = threading.Thread(target=bump); t.start(); t.join()
print("main", c.count)
