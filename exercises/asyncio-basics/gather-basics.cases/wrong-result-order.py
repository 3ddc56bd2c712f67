# Concurrent, but passes the coroutines in another order, so the results come out reversed.
# expect: fail
# expect-hint: result-order
# expect-failing: results
import asyncio
import time


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"done {name}")
    return name


async def main():
    started = time.perf_counter()
    results = await asyncio.gather(download("c", 3), download("b", 2), download("a", 1))
    print(results)
    print(f"took {time.perf_counter() - started:.1f} s")


asyncio.run(main())
