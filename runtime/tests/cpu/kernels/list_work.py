# List work: appends, indexing, slicing, pops and a nested loop over a small grid.
import time


def shuffle_sum(n):
    items = []
    for i in range(n):
        items.append(i * 7 % 1000)
    acc = 0
    for i in range(1, len(items)):
        acc += items[i] - items[i - 1]
    while items:
        acc += items.pop()
    return acc


def grid(size):
    rows = [[0] * size for _ in range(size)]
    for r in range(size):
        row = rows[r]
        for c in range(size):
            row[c] = r * c
    return sum(row[-1] for row in rows)


start = time.process_time()
print(shuffle_sum(300_000), grid(400))
print(f"cpu {time.process_time() - start:.6f}")
