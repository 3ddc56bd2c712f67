# The same three requests awaited one after another take the sum of their latencies.
# elapsed: 4.15
import asyncio
import time

import aiohttp


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        for delay in (1, 2, 1):
            async with session.get(f"https://httpbin.org/delay/{delay}") as resp:
                data = await resp.json()
                print(resp.status, data["url"], f"{time.perf_counter() - start:.2f}")
    print(f"total {time.perf_counter() - start:.2f}")


asyncio.run(main())
