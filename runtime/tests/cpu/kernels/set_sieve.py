# Containers grown by a whole iterable at once: a sieve with set.update, list.extend,
# dict.update, set |= and -=, list +=, and set(), list(), dict() and bytes.join of large inputs.
import time


def sieve(n):
    composite = set()
    for i in range(2, int(n**0.5) + 1):
        if i not in composite:
            composite.update(range(i * i, n, i))
    return [i for i in range(2, n) if i not in composite]


def grow(n):
    out = []
    squares = {}
    for i in range(0, n, 1_000):
        out.extend(range(i, i + 1_000))
        squares.update(zip(range(i, i + 1_000), range(1_000), strict=True))
    evens = set(range(0, n, 2))
    evens |= set(range(0, n, 3))
    evens -= set(range(0, n, 5))
    evens.difference_update(range(0, n, 7))
    tail = list(range(n // 2))
    tail += out[: n // 2]
    copy = dict(squares)
    blob = b",".join([b"%d" % (i % 10) for i in range(0, n, 10)])
    return len(out), len(squares), len(evens), len(tail), len(copy), len(blob)


start = time.process_time()
primes = sieve(400_000)
print(len(primes), primes[-1])
print(grow(200_000))
print(f"cpu {time.process_time() - start:.6f}")
