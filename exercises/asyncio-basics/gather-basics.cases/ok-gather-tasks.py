# Another correct solution: create the tasks first, then gather them.
# expect: pass
import asyncio
from asyncio import gather
import time


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"done {name}")
    return name


async def main():
    started = time.perf_counter()
    tasks = [asyncio.create_task(download(n, s)) for n, s in [("a", 1), ("b", 2), ("c", 3)]]
    print(await gather(*tasks))
    print(f"took {time.perf_counter() - started:.1f} s")


asyncio.run(main())
