# fidelity: no-timing
# queue.SimpleQueue is the C type _queue.SimpleQueue: its name, its module, a put that never
# blocks, get's timeout rules (ignored when not blocking), and blocked getters served in turn.
import queue
import threading
import time

q = queue.SimpleQueue()
print(type(q).__module__, type(q).__qualname__, queue.SimpleQueue is queue._PySimpleQueue)
print(queue.Empty.__module__, repr(q).split(" object at ")[0])
print(queue.SimpleQueue[int])

try:
    q.get(block=False, timeout=-1)
except queue.Empty:
    print("get(block=False, timeout=-1): Empty")
for bad in (-1, float("nan")):
    try:
        q.get(timeout=bad)
    except ValueError as error:
        print(f"get(timeout={bad}):", error)

start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("timed out, not early:", time.monotonic() - start >= 0.05)

got = []


def getter(name):
    got.append((name, q.get()))


threads = [threading.Thread(target=getter, args=(f"g{i}",)) for i in range(3)]
for t in threads:
    t.start()
    time.sleep(0.01)  # they block in this order
for item in "abc":
    q.put(item)
for t in threads:
    t.join()
print(sorted(got), q.empty(), q.qsize())

for item in range(5):
    q.put_nowait(item)
print([q.get_nowait() for _ in range(5)], q.empty())

q.put(1, block=True, timeout=-5)  # put ignores both
print(q.get(timeout=0))
