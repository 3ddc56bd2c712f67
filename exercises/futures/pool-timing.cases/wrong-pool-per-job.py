# Opens a new three-worker pool for every job inside the loop: each with-block waits for its job.
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
for number in range(JOBS):
    with ThreadPoolExecutor(max_workers=PRINTERS) as pool:
        pool.submit(print_job, number, started)
took = time.perf_counter() - started
print(f"predicted {predict(JOBS, PRINTERS, SECONDS):.1f} s, took {took:.1f} s")
