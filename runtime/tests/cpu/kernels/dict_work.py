# Dictionary work: counting keys, membership tests and updating entries.
import time


def count_words(n):
    counts = {}
    for i in range(n):
        key = "w" + str(i % 997)
        counts[key] = counts.get(key, 0) + 1
    return len(counts), max(counts.values())


def seen_pairs(n):
    seen = {}
    hits = 0
    for i in range(n):
        k = i % 5003
        if k in seen:
            hits += 1
        else:
            seen[k] = i
    return hits


start = time.process_time()
print(count_words(200_000), seen_pairs(300_000))
print(f"cpu {time.process_time() - start:.6f}")
