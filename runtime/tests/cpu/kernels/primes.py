# Trial-division primes, the way a learner writes them: a while loop up to the square root, and
# a for loop over range(2, isqrt(n) + 1) with an early return.
import math
import time


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def is_prime_range(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


start = time.process_time()
print(sum(1 for n in range(40_000) if is_prime(n)))
count = 0
for n in range(40_000, 70_000):
    if is_prime_range(n):
        count += 1
print(count)
print(f"cpu {time.process_time() - start:.6f}")
