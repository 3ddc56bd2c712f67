# sum() over a generator expression, the usual "CPU-bound task" of concurrency tutorials.
import time


def heavy(n):
    return sum(i * i for i in range(n))


start = time.process_time()
print(heavy(1_000_000))
print(f"cpu {time.process_time() - start:.6f}")
