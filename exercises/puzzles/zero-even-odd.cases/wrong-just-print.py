# Prints the expected line itself and never uses the threads.
# expect: fail
# expect-hint: take-turns
# expect-failing: tests
import threading


class ZeroEvenOdd:
    def __init__(self, n):
        self.n = n

    def zero(self, print_number):
        pass

    def odd(self, print_number):
        pass

    def even(self, print_number):
        pass


print("0102030405")
