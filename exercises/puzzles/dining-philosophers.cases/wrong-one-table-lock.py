# One lock for the whole table: never deadlocks, but only one philosopher eats at a time.
# expect: fail
# expect-hint: one-at-a-time
# expect-failing: together
import threading
import time

table = threading.Lock()


def philosopher(i, forks, meals, eat):
    for _ in range(meals):
        with table:
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
