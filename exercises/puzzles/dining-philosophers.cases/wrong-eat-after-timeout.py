# Gives up waiting for the second fork after a timeout, and eats anyway with one fork.
# expect: fail
# expect-hint: both-forks
# expect-failing: tests

import threading
import time


def philosopher(i, forks, meals, eat):
    """Philosopher i eats and thinks `meals` times; to eat, it needs forks[i] and forks[i + 1]."""
    first, second = forks[i], forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with first:
            time.sleep(0.01)  # reaching for the second fork takes a moment
            # never wait forever for the second fork: that is how the deadlock happened
            got_second = second.acquire(timeout=0.05)
            eat(i)
            if got_second:
                second.release()
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
