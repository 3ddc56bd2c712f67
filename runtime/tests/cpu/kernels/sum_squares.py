# sum() of generator expressions over a list and a range, with a filter, and of a list.
import time

start = time.process_time()
data = list(range(200_000))
a = sum(x * x for x in data)
b = sum(x * x for x in range(200_000) if x % 3)
c = sum([x % 7 for x in data])
d = sum(abs(x - 100_000) for x in data)
print(a, b, c, d)
print(f"cpu {time.process_time() - start:.6f}")
