# Three workers each move stock between two shelves, locking the source shelf, then the target:
# the shelves form a circle (a -> b -> c -> a), so each can hold one lock while waiting for the
# next worker's. No single switch is enough: every worker must be interrupted while it holds its
# first lock.
# correct: moved 3
import threading

shelves = {"a": 10, "b": 10, "c": 10}
locks = {name: threading.Lock() for name in shelves}
moved = []


def move(source, target):
    with locks[source]:
        with locks[target]:
            shelves[source] -= 1
            shelves[target] += 1
            moved.append((source, target))


routes = [("a", "b"), ("b", "c"), ("c", "a")]
threads = [threading.Thread(target=move, args=route) for route in routes]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"moved {len(moved)}")
