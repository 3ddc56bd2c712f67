# collections.Counter: counting a list, updating one in a loop, most_common, and a Counter of
# characters.
import time
from collections import Counter

start = time.process_time()
items = [(i * 37) % 1_009 for i in range(200_000)]
counts = Counter(items)
top = counts.most_common(3)

seen = Counter()
for i in range(100_000):
    seen[i % 317] += 1

letters = Counter("".join(chr(97 + (i * 13) % 26) for i in range(100_000)))
print(len(counts), top[0][1], seen[5], letters.most_common(1))
print(f"cpu {time.process_time() - start:.6f}")
