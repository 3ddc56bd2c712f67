# next() on an itertools.count is atomic: every ticket is unique.
# correct: 600 unique tickets
import itertools
import threading

tickets = itertools.count(1)
taken = []


def take(times):
    for _ in range(times):
        taken.append(next(tickets))


threads = [threading.Thread(target=take, args=(200,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{len(set(taken))} unique tickets")
