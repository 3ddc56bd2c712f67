# Everyone picks up the left fork, then the right: all five can hold a left fork and wait.
# expect: fail
# expect-hint: lock-order
# expect-failing: no-deadlock, tests, exit
import threading
import time


def philosopher(i, forks, meals, eat):
    left, right = forks[i], forks[(i + 1) % len(forks)]
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
