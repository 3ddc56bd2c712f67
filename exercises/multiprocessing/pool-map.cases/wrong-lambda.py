# Hands the pool a lambda, which cannot be pickled to the worker processes.
# expect: fail
# expect-hint: lambda
# expect-failing: same-results, speed-up, elapsed, tests

import multiprocessing
import os
import time
from multiprocessing import forkserver


def checksum(block):
    # pure Python arithmetic: CPU-bound
    total = 0
    for i in range(block * 150_000, (block + 1) * 150_000):
        total = (total + i * i) % 1_000_003
    return total


def parallel_checksums(blocks):
    # Pool() starts os.cpu_count() worker processes; map() returns the results in input order.
    with multiprocessing.Pool() as pool:
        return pool.map(lambda block: checksum(block), blocks)


if __name__ == "__main__":
    # Python 3.14 forks worker processes from a fork server, which starts with the first one
    # (about 0.04 s, once per program): start it now, so that the timing below is the pool's own
    forkserver.ensure_running()
    blocks = list(range(8))
    started = time.perf_counter()
    expected = [checksum(block) for block in blocks]
    serial = time.perf_counter() - started
    started = time.perf_counter()
    results = parallel_checksums(blocks)
    parallel = time.perf_counter() - started
    print("same results:", results == expected)
    print(f"{os.cpu_count()} cores: serial {serial:.3f} s, parallel {parallel:.3f} s, speed-up x{serial / parallel:.1f}")
