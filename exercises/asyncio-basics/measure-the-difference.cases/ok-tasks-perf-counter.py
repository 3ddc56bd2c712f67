# Another correct solution: tasks awaited in order, timed with time.perf_counter.
# expect: pass
import time

import asyncio

ORDERS = [("latte", 2), ("tea", 1), ("mocha", 3)]


async def brew(name, seconds):
    await asyncio.sleep(seconds)  # the machine is busy with this drink
    return f"{name} ready"


async def one_by_one(orders):
    results = []
    for name, seconds in orders:
        results.append(await brew(name, seconds))
    return results


async def all_at_once(orders):
    tasks = [asyncio.create_task(brew(name, seconds)) for name, seconds in orders]
    return [await task for task in tasks]


async def timed(coro):
    started = time.perf_counter()
    result = await coro
    return result, time.perf_counter() - started


async def main():
    for label, work in [("one by one", one_by_one), ("all at once", all_at_once)]:
        results, seconds = await timed(work(ORDERS))
        print(f"{label}: {results} in {seconds:.1f} s")


asyncio.run(main())
