# Three tasks each write then read a 1 MB file: their operations overlap on the event loop.
# elapsed: 0.104
import asyncio
import time

import aiofiles

PAYLOAD = "x" * 1_000_000


async def copy(i):
    async with aiofiles.open(f"part{i}.txt", "w") as f:
        await f.write(PAYLOAD)
    async with aiofiles.open(f"part{i}.txt") as f:
        data = await f.read()
    return len(data)


async def main():
    start = time.perf_counter()
    sizes = await asyncio.gather(*(copy(i) for i in range(3)))
    print(sizes, f"gathered {time.perf_counter() - start:.3f}")
    start = time.perf_counter()
    for i in range(3):
        await copy(i)
    print(f"sequential {time.perf_counter() - start:.3f}")


asyncio.run(main())
