# timed reads the clock but never awaits the coroutine.
# expect: fail
# expect-hint: timed-await
# expect-failing: output, tests, overlap, elapsed
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
    return await asyncio.gather(*(brew(name, seconds) for name, seconds in orders))


async def timed(coro):
    loop = asyncio.get_running_loop()
    started = loop.time()
    return coro, loop.time() - started


async def main():
    for label, work in [("one by one", one_by_one), ("all at once", all_at_once)]:
        results, seconds = await timed(work(ORDERS))
        print(f"{label}: {results} in {seconds:.1f} s")


asyncio.run(main())
