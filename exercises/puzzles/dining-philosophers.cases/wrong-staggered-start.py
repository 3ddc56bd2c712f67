# Staggers the philosophers' arrival instead of ordering the forks: each one arrives just as the
# one before reaches for the fork between them, and timers that end together fire in either
# order (CPython hangs on about half of its runs), so the circle of waits can still close; and
# the late starters make dinner slow.
# expect: fail
# expect-hint: lock-order
# expect-failing: no-deadlock, together
import threading
import time


def philosopher(i, forks, meals, eat):
    """Philosopher i eats and thinks `meals` times; to eat, it needs forks[i] and forks[i + 1]."""
    left, right = forks[i], forks[(i + 1) % len(forks)]
    # arrive one after another, each as late as reaching for a fork takes, so that no two
    # neighbours reach for the fork between them at once
    time.sleep(0.01 * i)
    for _ in range(meals):
        with left:
            time.sleep(0.01)  # reaching for the second fork takes a moment
            with right:
                eat(i)
        think()


def think():
    time.sleep(0.1)


def main():
    forks = [threading.Lock() for _ in range(5)]
    meals = [0] * 5

    def eat(i):
        time.sleep(0.1)  # eating takes a while
        meals[i] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=philosopher, args=(i, forks, 3, eat)) for i in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"meals: {meals}, took {time.perf_counter() - started:.1f} s")


main()
