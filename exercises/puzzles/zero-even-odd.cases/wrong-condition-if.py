# A Condition with if: notify_all wakes both number threads and the wrong one may print.
# expect: fail
# expect-hint: while-not-if
# expect-failing: prints-in-turn, tests, exit
import threading


class ZeroEvenOdd:
    def __init__(self, n):
        self.n = n
        self.next = 0  # the number to print next: 0 or i
        self.changed = threading.Condition()

    def zero(self, print_number):
        for i in range(1, self.n + 1):
            with self.changed:
                if self.next != 0:
                    self.changed.wait()
                print_number(0)
                self.next = i
                self.changed.notify_all()

    def odd(self, print_number):
        for i in range(1, self.n + 1, 2):
            with self.changed:
                if self.next != i:
                    self.changed.wait()
                print_number(i)
                self.next = 0
                self.changed.notify_all()

    def even(self, print_number):
        for i in range(2, self.n + 1, 2):
            with self.changed:
                if self.next != i:
                    self.changed.wait()
                print_number(i)
                self.next = 0
                self.changed.notify_all()


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
