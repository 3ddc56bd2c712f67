# Each philosopher takes the left fork, then the right, but arrives one "reach" later than the
# one before: a philosopher reaches for the right fork just as the neighbour arrives to take it
# as a left fork. Timers with equal deadlines fire in either order on a real machine (CPython
# hangs on about half of its runs): the stagger makes the circle of waits rarer, not impossible.
# correct: meals: [2, 2, 2, 2, 2]
import threading
import time

forks = [threading.Lock() for _ in range(5)]
meals = [0] * 5


def philosopher(i):
    left, right = forks[i], forks[(i + 1) % 5]
    time.sleep(0.01 * i)  # arrive one after another
    for _ in range(2):
        with left:
            time.sleep(0.01)  # reaching for the second fork
            with right:
                time.sleep(0.05)
                meals[i] += 1
        time.sleep(0.05)


threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"meals: {meals}")
