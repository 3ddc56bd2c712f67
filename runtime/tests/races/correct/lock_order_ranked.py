# The same circle of moves as racy/lock_cycle_three.py, but every worker takes the two locks in
# one global order (by shelf name), whichever way the stock moves: no circle of waits can form.
# correct: moved 3, stock 30
import threading

shelves = {"a": 10, "b": 10, "c": 10}
locks = {name: threading.Lock() for name in shelves}
moved = []


def move(source, target):
    first, second = sorted((source, target))
    with locks[first]:
        with locks[second]:
            shelves[source] -= 1
            shelves[target] += 1
            moved.append((source, target))


routes = [("a", "b"), ("b", "c"), ("c", "a")]
threads = [threading.Thread(target=move, args=route) for route in routes]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"moved {len(moved)}, stock {sum(shelves.values())}")
