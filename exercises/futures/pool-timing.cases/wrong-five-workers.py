# Gives the pool one worker per job: fast, but the shop has only three printers.
# expect: fail
# expect-hint: pool-size
# expect-failing: elapsed, three-printers, second-round, last-line
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
    return math.ceil(jobs / printers) * seconds


started = time.perf_counter()
with ThreadPoolExecutor(max_workers=JOBS) as pool:
    for number in range(JOBS):
        pool.submit(print_job, number, started)
took = time.perf_counter() - started
print(f"predicted {predict(JOBS, PRINTERS, SECONDS):.1f} s, took {took:.1f} s")
