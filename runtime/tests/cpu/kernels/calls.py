# Function and method calls: a recursive function and a small class.
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


start = time.process_time()
print(fib(24))
acct = Account()
for i in range(200_000):
    acct.deposit(i % 10)
print(acct.balance)
print(f"cpu {time.process_time() - start:.6f}")
