# TCPConnector(limit=2): six 1-second requests run two at a time.
# elapsed: 3.15
import asyncio
import time

import aiohttp

start = time.monotonic()


async def fetch(session, i):
    async with session.get(f"https://httpbin.org/delay/1?i={i}") as resp:
        await resp.read()
        print(f"{i} done at {time.monotonic() - start:.2f}")


async def main():
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=2)) as session:
        await asyncio.gather(*(fetch(session, i) for i in range(6)))
    print(f"total {time.monotonic() - start:.2f}")


asyncio.run(main())
