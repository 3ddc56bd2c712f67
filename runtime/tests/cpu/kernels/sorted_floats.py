# sorted() and list.sort() of a million floats in random order: C-level work no statement shows.
import random
import time

random.seed(1)
data = [random.random() for _ in range(1_000_000)]
start = time.process_time()
ordered = sorted(data)
data.sort()
print(ordered == data)
print(f"cpu {time.process_time() - start:.6f}")
