# Takes only the left fork: no deadlock, but neighbours eat with the same fork at once.
# expect: fail
# expect-hint: both-forks
# expect-failing: tests
import threading
import time


def philosopher(i, forks, meals, eat):
    left = forks[i]
    for _ in range(meals):
        with left:
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
