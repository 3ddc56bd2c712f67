# Another correct solution: a while loop with a growing delay and raise_for_status-free checks.
# expect: pass
import asyncio
import time

import aiohttp


async def get_with_retry(session, url, attempts=4, base_delay=0.5):
    delay = base_delay
    tries = 0
    while True:
        response = await session.get(url)
        status = response.status
        response.release()
        tries += 1
        if not 500 <= status <= 599 or tries == attempts:
            return status
        print(f"{url}: {status}, retry in {delay:.1f} s")
        await asyncio.sleep(delay)
        delay *= 2


async def main():
    started = time.perf_counter()
    urls = ["https://api.example.com/get", "https://api.example.com/status/503"]
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(get_with_retry(session, url) for url in urls))
    print(f"final: {dict(zip(urls, statuses))}")
    print(f"took {time.perf_counter() - started:.2f} s")


asyncio.run(main())
