# Another correct solution: a fixed order by id(), with explicit acquire/release.
# expect: pass
import threading
import time


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = (src, dst) if id(src) < id(dst) else (dst, src)
    first.lock.acquire()
    try:
        time.sleep(0.01)  # checking the fraud rules takes a while
        second.lock.acquire()
        try:
            src.balance -= amount
            dst.balance += amount
        finally:
            second.lock.release()
    finally:
        first.lock.release()


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
