# A counter bumped inside a method: self.value += 1 is a read-modify-write too.
# correct: hits = 1200
import threading


class Hits:
    def __init__(self):
        self.value = 0

    def record(self):
        self.value += 1


hits = Hits()


def visitor(times):
    for _ in range(times):
        hits.record()


threads = [threading.Thread(target=visitor, args=(400,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"hits = {hits.value}")
