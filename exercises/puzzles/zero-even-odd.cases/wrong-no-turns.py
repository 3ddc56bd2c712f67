# No synchronisation: each thread prints its numbers as soon as it runs.
# expect: fail
# expect-hint: take-turns
# expect-failing: prints-in-turn, tests
import threading


class ZeroEvenOdd:
    def __init__(self, n):
        self.n = n

    def zero(self, print_number):
        for i in range(1, self.n + 1):
            print_number(0)

    def odd(self, print_number):
        for i in range(1, self.n + 1, 2):
            print_number(i)

    def even(self, print_number):
        for i in range(2, self.n + 1, 2):
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
