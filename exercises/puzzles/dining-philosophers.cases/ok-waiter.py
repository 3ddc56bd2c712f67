# Also correct: a waiter lets at most n - 1 philosophers reach for forks at once.
# expect: pass
import threading
import time

waiters = {}  # one waiter per table, keyed by its list of forks
waiters_lock = threading.Lock()


def philosopher(i, forks, meals, eat):
    with waiters_lock:
        waiter = waiters.setdefault(id(forks), threading.Semaphore(len(forks) - 1))
    left, right = forks[i], forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with waiter:
            with left:
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
