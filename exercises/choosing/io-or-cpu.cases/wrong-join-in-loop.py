# Starts each thread and joins it at once, inside the same loop: one wait at a time.
# expect: fail
# expect-hint: threads-one-at-a-time
# expect-failing: table, elapsed, tests
import asyncio
import threading
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
    results = [None] * len(jobs)

    def work(i):
        results[i] = func(jobs[i])

    for i in range(len(jobs)):
        thread = threading.Thread(target=work, args=(i,))
        thread.start()
        thread.join()
    return results


def with_processes(func, jobs):
    # one worker process per job: each has its own interpreter (and its own GIL)
    with ProcessPoolExecutor(max_workers=len(jobs)) as pool:
        return list(pool.map(func, jobs))


def with_asyncio(coro_func, jobs):
    # one task per job, all on one event loop in this thread
    async def run_all():
        return await asyncio.gather(*(coro_func(job) for job in jobs))

    return asyncio.run(run_all())


# After running: which tools made each kind of work faster? (True / False)
HELPS_IO = {"threads": True, "processes": True, "asyncio": True}
HELPS_CPU = {"threads": False, "processes": True, "asyncio": False}


def timed(runner, func, jobs):
    started = time.perf_counter()
    results = runner(func, jobs)
    return results, time.perf_counter() - started


def main():
    jobs = [1, 2, 3, 4]
    print("work  one-by-one  threads  processes  asyncio")
    for label, func, coro_func in (("I/O", fetch, fetch_async), ("CPU", crunch, crunch_async)):
        expected, base = timed(one_by_one, func, jobs)
        row = f"{label:<5} {base:8.2f} s"
        for runner, target in ((with_threads, func), (with_processes, func), (with_asyncio, coro_func)):
            results, took = timed(runner, target, jobs)
            assert results == expected, f"{runner.__name__} returned {results}, not {expected}"
            row += f"  x{base / took:.1f}"
        print(row)


if __name__ == "__main__":
    main()
