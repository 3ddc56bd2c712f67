# Loops a learner writes over pairs and counts: dict.get counting, enumerate and zip, and
# formatting with f-strings and str.format.
import time


def count_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def pairs(xs, ys):
    best = 0
    for i, x in enumerate(xs):
        if x > best:
            best = x + i
    dot = 0
    for x, y in zip(xs, ys, strict=True):
        dot += x * y
    return best, dot


def labels(n):
    out = []
    for i in range(n):
        out.append(f"item {i}: {i * 2}")
        out.append("{} of {}".format(i, n))
    return len(out), out[-1]


start = time.process_time()
words = [str(i % 503) for i in range(150_000)]
counts = count_get(words)
xs = list(range(200_000))
ys = [x % 13 for x in xs]
print(len(counts), counts["7"], pairs(xs, ys), labels(60_000))
print(f"cpu {time.process_time() - start:.6f}")
