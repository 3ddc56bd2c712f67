# Check-then-act on a balance: both withdrawals pass the check before either subtracts.
# correct: balance = 0
import threading

balance = 100


def withdraw(amount):
    global balance
    if balance >= amount:
        balance -= amount


threads = [threading.Thread(target=withdraw, args=(100,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"balance = {balance}")
