# Orders the locks by balance, which is not a fixed order (equal balances keep src first).
# expect: fail
# expect-hint: lock-order
# expect-failing: no-deadlock, every-schedule, elapsed, tests, exit

import threading
import time


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    # Every thread takes the two locks in the same global order (lower account number
    # first), so no thread can hold one lock while waiting for a thread that holds the other.
    first, second = sorted((src, dst), key=lambda account: account.balance)
    with first.lock:
        time.sleep(0.01)  # checking the fraud rules takes a while
        with second.lock:
            src.balance -= amount
            dst.balance += amount


def pay_many(src, dst, times):
    for _ in range(times):
        transfer(src, dst, 1)


def main():
    a, b, c, d = (Account(number, 100) for number in (1, 2, 3, 4))
    started = time.perf_counter()
    # two pairs of accounts pay each other back and forth
    jobs = [(a, b), (b, a), (c, d), (d, c)]
    threads = [threading.Thread(target=pay_many, args=(src, dst, 10)) for src, dst in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("balances:", [account.balance for account in (a, b, c, d)])
    print(f"took {time.perf_counter() - started:.2f} s")


main()
