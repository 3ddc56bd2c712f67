# C-level built-ins on a million items: list(range()), sum, min, max, map, str.join.
import time

start = time.process_time()
numbers = list(range(1_000_000))
total = sum(numbers)
low, high = min(numbers), max(numbers)
words = list(map(str, numbers))
text = ",".join(words)
print(total, low, high, len(text))
print(f"cpu {time.process_time() - start:.6f}")
