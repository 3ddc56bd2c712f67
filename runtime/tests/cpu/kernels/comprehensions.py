# List, dict and set comprehensions, with and without a filter.
import time

start = time.process_time()
squares = [i * i for i in range(500_000)]
evens = [x for x in squares if x % 2 == 0]
index = {i: i % 97 for i in range(200_000)}
residues = {v * 3 for v in index.values()}
pairs = [(a, b) for a in range(300) for b in range(300) if a < b]
print(len(squares), len(evens), len(index), len(residues), len(pairs))
print(f"cpu {time.process_time() - start:.6f}")
