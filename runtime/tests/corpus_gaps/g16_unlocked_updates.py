# Unsynchronised read-modify-writes under the GIL: CPython 3.11+ switches threads only at calls
# and backward jumps, never between the read and the write of `counter += 1`, so a plain run
# loses no update (the race explorer, not a plain run, shows that the code is still racy).
import threading

counter = 0


class Tally:
    def __init__(self):
        self.n = 0
        self.by_key = {"hits": 0}


tally = Tally()


def bump(times):
    global counter
    for _ in range(times):
        counter += 1
        tally.n = tally.n + 1
        tally.by_key["hits"] += 1


threads = [threading.Thread(target=bump, args=(20_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, tally.n, tally.by_key["hits"])
