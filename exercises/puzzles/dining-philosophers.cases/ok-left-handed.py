# Also correct: the last philosopher is left-handed and takes the right fork first.
# expect: pass
import threading
import time


def philosopher(i, forks, meals, eat):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    if i == len(forks) - 1:
        left, right = right, left
    for _ in range(meals):
        left.acquire()
        try:
            with right:
                eat(i)
        finally:
            left.release()
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
