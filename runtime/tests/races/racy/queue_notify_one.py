# Producers and consumers share one condition, and each wakes only one waiter with notify():
# a producer may wake another producer instead of a consumer, and then everyone waits.
# correct: consumed 24 items
import collections
import threading


class BoundedQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify()
            return item


q = BoundedQueue(1)
consumed = []


def producer(base):
    for n in range(12):
        q.put(base + n)


def consumer():
    for _ in range(12):
        consumed.append(q.get())


threads = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
threads += [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"consumed {len(consumed)} items")
