# Calls into C modules in a loop: hashlib digests, math functions, and str/int conversions.
import hashlib
import math
import time

start = time.process_time()
digest = ""
for i in range(20_000):
    digest = hashlib.sha256(f"{digest}{i}".encode()).hexdigest()

acc = 0.0
for i in range(1, 100_000):
    acc += math.sqrt(i) + math.sin(i) * math.log(i)
g = 0
for i in range(1, 100_000):
    g += math.gcd(i, 360)
print(digest[:12], f"{acc:.9e}", g, math.factorial(200) % 1_000_007)
print(f"cpu {time.process_time() - start:.6f}")
