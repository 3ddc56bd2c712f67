# Another correct solution: ceiling by negated floor division, and pool.map for the jobs.
# expect: pass
import math
import time
from concurrent.futures import ThreadPoolExecutor

JOBS = 5
PRINTERS = 3
SECONDS = 2.0  # each job prints for two seconds


def print_job(number, started):
    print(f"job {number} starts at {time.perf_counter() - started:.1f} s")
    time.sleep(SECONDS)


def predict(jobs, printers, seconds):
    return -(-jobs // printers) * seconds


started = time.perf_counter()
with ThreadPoolExecutor(PRINTERS) as pool:
    list(pool.map(print_job, range(JOBS), [started] * JOBS))
took = time.perf_counter() - started
print(f"predicted {predict(JOBS, PRINTERS, SECONDS):.1f} s, took {took:.1f} s")
