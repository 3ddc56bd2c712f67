# A bounded queue whose get() waits with `if` instead of `while`: a woken consumer does not look
# again, and another consumer may have taken the item between the notify and its wake-up.
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
            self.cond.notify_all()

    def get(self):
        with self.cond:
            if not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item


q = BoundedQueue(2)
consumed = []


def producer(base):
    for n in range(12):
        q.put(base + n)


def consumer():
    for _ in range(8):
        consumed.append(q.get())


threads = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
threads += [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"consumed {len(consumed)} items")
