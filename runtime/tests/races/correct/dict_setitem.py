# d[k] = v is atomic in CPython: each thread stores under its own keys.
# correct: 300 keys, sum 44850
import threading

table = {}


def fill(start):
    for n in range(start, 300, 3):
        table[n] = n


threads = [threading.Thread(target=fill, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{len(table)} keys, sum {sum(table.values())}")
