# Orders the prints with sleeps: number i prints at (2i - 1) ticks, its zero one tick before.
# expect: fail
# expect-hint: sleep-ordering
# expect-failing: tests

import threading
import time


class ZeroEvenOdd:
    """Prints 0 1 0 2 0 3 ... 0 n from three threads: zeros, odd numbers, even numbers."""

    def __init__(self, n):
        self.n = n
        self.zero_turn = threading.Semaphore(1)  # a zero comes first
        self.odd_turn = threading.Semaphore(0)
        self.even_turn = threading.Semaphore(0)

    def zero(self, print_number):
        started = time.monotonic()
        for i in range(1, self.n + 1):
            time.sleep(max(0, started + (2 * i - 2) * 0.01 - time.monotonic()))
            print_number(0)

    def odd(self, print_number):
        started = time.monotonic()
        for i in range(1, self.n + 1, 2):
            time.sleep(max(0, started + (2 * i - 1) * 0.01 - time.monotonic()))
            print_number(i)

    def even(self, print_number):
        started = time.monotonic()
        for i in range(2, self.n + 1, 2):
            time.sleep(max(0, started + (2 * i - 1) * 0.01 - time.monotonic()))
            print_number(i)


def print_number(x):
    print(x, end="")


def main():
    printer = ZeroEvenOdd(5)
    threads = [
        threading.Thread(target=printer.even, args=(print_number,)),
        threading.Thread(target=printer.odd, args=(print_number,)),
        threading.Thread(target=printer.zero, args=(print_number,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print()


main()
