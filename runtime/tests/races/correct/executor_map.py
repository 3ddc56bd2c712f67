# A ThreadPoolExecutor returns each result to the caller: nothing is shared by hand.
# correct: sum of squares = 328350
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=4) as pool:
    total = sum(pool.map(square, range(100)))
print(f"sum of squares = {total}")
