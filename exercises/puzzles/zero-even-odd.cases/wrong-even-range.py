# even() stops one short (range up to n, not n + 1): right for n = 5, stuck for an even n.
# expect: fail
# expect-hint: other-n
# expect-failing: tests
import threading


class ZeroEvenOdd:
    def __init__(self, n):
        self.n = n
        self.zero_turn = threading.Semaphore(1)
        self.odd_turn = threading.Semaphore(0)
        self.even_turn = threading.Semaphore(0)

    def zero(self, print_number):
        for i in range(1, self.n + 1):
            self.zero_turn.acquire()
            print_number(0)
            (self.odd_turn if i % 2 else self.even_turn).release()

    def odd(self, print_number):
        for i in range(1, self.n + 1, 2):
            self.odd_turn.acquire()
            print_number(i)
            self.zero_turn.release()

    def even(self, print_number):
        for i in range(2, self.n, 2):
            self.even_turn.acquire()
            print_number(i)
            self.zero_turn.release()


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
