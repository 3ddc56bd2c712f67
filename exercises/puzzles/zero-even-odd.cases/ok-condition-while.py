# Also correct: one Condition, each thread waiting in a while loop for its number.
# expect: pass
import threading


class ZeroEvenOdd:
    def __init__(self, n):
        self.n = n
        self.next = 0  # 0 when a zero is due, else the number due
        self.changed = threading.Condition()

    def _print_when(self, due, then, print_number, value):
        with self.changed:
            while self.next != due:
                self.changed.wait()
            print_number(value)
            self.next = then
            self.changed.notify_all()

    def zero(self, print_number):
        for i in range(1, self.n + 1):
            self._print_when(0, i, print_number, 0)

    def odd(self, print_number):
        for i in range(1, self.n + 1, 2):
            self._print_when(i, 0, print_number, i)

    def even(self, print_number):
        for i in range(2, self.n + 1, 2):
            self._print_when(i, 0, print_number, i)


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
