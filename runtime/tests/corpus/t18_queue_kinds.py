import queue
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in (3, 1, 2):
    lq.put(x); pq.put(x); sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
q = queue.Queue(1)
q.put("a")
try:
    q.put("b", timeout=0.1)
except queue.Full:
    print("full")
try:
    queue.Queue().get(timeout=0.2)
except queue.Empty:
    print("empty")
try:
    q.put_nowait("c")
except queue.Full:
    print("full again", q.qsize())
