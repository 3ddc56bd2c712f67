# Creates tasks, but awaits each one right after creating it: still one after another.
# expect: fail
# expect-hint: sequential-awaits, use-gather
# expect-failing: uses-gather, elapsed, all-start-first, overlap
import asyncio
import time


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"done {name}")
    return name


async def main():
    started = time.perf_counter()
    results = []
    for name, seconds in [("a", 1), ("b", 2), ("c", 3)]:
        task = asyncio.create_task(download(name, seconds))
        results.append(await task)
    print(results)
    print(f"took {time.perf_counter() - started:.1f} s")


asyncio.run(main())
