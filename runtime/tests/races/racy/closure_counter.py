# A counter in a closure (nonlocal) is as shared as a global.
# correct: events = 900
import threading


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count = count + 1

    def total():
        return count

    return bump, total


bump, total = make_counter()


def worker():
    for _ in range(300):
        bump()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"events = {total()}")
