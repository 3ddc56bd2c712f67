# While loops of integer arithmetic at module level: Collatz sequences with a conditional
# expression, and Euclid's gcd by hand.
import time

start = time.process_time()
longest = 0
best = 0
for seed in range(1, 8_000):
    n = seed
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > longest:
        longest, best = steps, seed

g = 0
for a in range(1, 30_000):
    x, y = a * 7, 2_310
    while y:
        x, y = y, x % y
    g += x
print(best, longest, g)
print(f"cpu {time.process_time() - start:.6f}")
