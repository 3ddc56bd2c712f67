# Check-then-act on a list: two consumers see one item left, both pop.
# correct: consumed 6
import threading

items = list(range(6))
consumed = []


def consumer():
    while items:
        consumed.append(items.pop())


threads = [threading.Thread(target=consumer) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"consumed {len(consumed)}")
