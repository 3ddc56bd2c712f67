# Module-level loop: every name is a global (dictionary lookups), as in a learner's script.
import time

start = time.process_time()
total = 0
for i in range(1_000_000):
    total += i * i
print(total)
print(f"cpu {time.process_time() - start:.6f}")
