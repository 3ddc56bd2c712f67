# Takes turns through a plain attribute and spins on it: the waiting threads burn the CPU.
# expect: fail
# expect-hint: busy-wait
# expect-failing: prints-in-turn, tests, exit
import threading


class ZeroEvenOdd:
    def __init__(self, n):
        self.n = n
        self.next = 0

    def zero(self, print_number):
        for i in range(1, self.n + 1):
            while self.next != 0:
                pass
            print_number(0)
            self.next = i

    def odd(self, print_number):
        for i in range(1, self.n + 1, 2):
            while self.next != i:
                pass
            print_number(i)
            self.next = 0

    def even(self, print_number):
        for i in range(2, self.n + 1, 2):
            while self.next != i:
                pass
            print_number(i)
            self.next = 0


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
