# Leaves the runners one by one, prints the table from the description and answers from the article.
# expect: fail
# expect-hint: print-not-measure
# expect-failing: processes, elapsed, tests

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def fetch(job):
    # I/O-bound: waits 0.4 s for a slow service (the sleep stands in for the network)
    time.sleep(0.4)
    return job * 10


async def fetch_async(job):
    # the same wait, written for asyncio
    await asyncio.sleep(0.4)
    return job * 10


def crunch(job):
    # CPU-bound: pure Python arithmetic, no waiting at all
    total = 0
    for i in range(120_000):
        total = (total + i * job) % 999_983
    return total


async def crunch_async(job):
    # the same arithmetic inside a coroutine: nothing in it awaits
    return crunch(job)


def one_by_one(func, jobs):
    return [func(job) for job in jobs]


def with_threads(func, jobs):
    # TODO: run func(job) for every job in worker threads; results in the order of jobs
    return one_by_one(func, jobs)


def with_processes(func, jobs):
    # TODO: run func(job) for every job in worker processes; results in the order of jobs
    return one_by_one(func, jobs)


def with_asyncio(coro_func, jobs):
    # TODO: run coro_func(job) for every job as tasks on one event loop, at the same time
    async def run_all():
        return [await coro_func(job) for job in jobs]

    return asyncio.run(run_all())


# After running: which tools made each kind of work faster? (True / False)


def timed(runner, func, jobs):
    started = time.perf_counter()
    results = runner(func, jobs)
    return results, time.perf_counter() - started


HELPS_IO = {"threads": True, "processes": True, "asyncio": True}
HELPS_CPU = {"threads": False, "processes": True, "asyncio": False}


def main():
    print("work  one-by-one  threads  processes  asyncio")
    print("I/O       1.60 s  x4.0  x4.0  x4.0")
    print("CPU       0.03 s  x1.0  x2.9  x1.0")


if __name__ == "__main__":
    main()
