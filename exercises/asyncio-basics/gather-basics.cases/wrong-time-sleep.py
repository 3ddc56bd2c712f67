# Uses gather, but the downloads block the event loop with time.sleep.
# expect: fail
# expect-hint: blocking-sleep
# expect-failing: no-blocking-sleep, elapsed, all-start-first, overlap, loop-free
import asyncio
import time


async def download(name, seconds):
    print(f"start {name}")
    time.sleep(seconds)
    print(f"done {name}")
    return name


async def main():
    started = time.perf_counter()
    results = await asyncio.gather(download("a", 1), download("b", 2), download("c", 3))
    print(results)
    print(f"took {time.perf_counter() - started:.1f} s")


asyncio.run(main())
