# Counts the threads alive in this program after the run instead of the places the workers reported.
# expect: fail
# expect-hint: measure-dont-guess
# expect-failing: table, tests

import asyncio
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

SEEN = []  # every worker appends its job here


def worker(job):
    # waits like an I/O job, notes the job, and says where it ran
    time.sleep(0.1)
    SEEN.append(job)
    return os.getpid(), threading.get_ident()


async def worker_async(job):
    await asyncio.sleep(0.1)
    SEEN.append(job)
    return os.getpid(), threading.get_ident()


def run_jobs(tool, jobs, workers):
    """Runs worker(job) for every job with `tool` (pools of `workers`); returns what each job returned."""
    if tool == "threads":
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(worker, jobs))
    if tool == "processes":
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(worker, jobs))
    if tool == "asyncio":

        async def run_all():
            return await asyncio.gather(*(worker_async(job) for job in jobs))

        return asyncio.run(run_all())
    raise ValueError(f"unknown tool {tool!r}")


def census(tool, jobs, workers):
    """Measures how `tool` ran the jobs: {"processes": n, "threads": n, "shares memory": bool}."""
    SEEN.clear()
    places = run_jobs(tool, jobs, workers)
    return {
        # how many different processes, and threads, ran the jobs
        "processes": len({pid for pid, _ in places}),
        "threads": threading.active_count(),
        # did the workers' appends reach this process's SEEN?
        "shares memory": sorted(SEEN) == sorted(jobs),
    }


# After running, answer from your table: "threads", "processes" or "asyncio"
RUNS_IN_ONE_THREAD = "asyncio"  # which tool ran every job in a single thread?
COPIES_MEMORY = "processes"  # which tool gave the workers memory of their own?


def main():
    jobs = [1, 2, 3, 4, 5, 6]
    print("tool       processes  threads  shares memory")
    for tool in ("threads", "processes", "asyncio"):
        row = census(tool, jobs, workers=3)
        shares = "yes" if row["shares memory"] else "no"
        print(f"{tool:<10} {row['processes']:>9} {row['threads']:>8}  {shares}")


if __name__ == "__main__":
    main()
