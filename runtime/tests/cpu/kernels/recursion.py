# Recursion: naive Fibonacci, the towers of Hanoi counting moves, and a recursive sum of a
# nested list.
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    return hanoi(n - 1, src, via, dst) + 1 + hanoi(n - 1, via, dst, src)


def deep_sum(items):
    total = 0
    for item in items:
        if isinstance(item, list):
            total += deep_sum(item)
        else:
            total += item
    return total


start = time.process_time()
nested = [[i, [i + 1, [i + 2]]] for i in range(20_000)]
print(fib(25), hanoi(16, "a", "c", "b"), deep_sum(nested))
print(f"cpu {time.process_time() - start:.6f}")
