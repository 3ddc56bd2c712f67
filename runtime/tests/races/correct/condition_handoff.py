# A producer and two consumers hand items over through a Condition.
# correct: consumed 40, sum 780
import threading

items = []
cond = threading.Condition()
consumed = []
DONE = object()


def producer():
    for n in range(40):
        with cond:
            items.append(n)
            cond.notify()
    with cond:
        items.extend([DONE, DONE])
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)


threads = [threading.Thread(target=consumer) for _ in range(2)] + [threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"consumed {len(consumed)}, sum {sum(consumed)}")
