# Retries after the same pause every time.
# expect: fail
# expect-hint: not-exponential
# expect-failing: output, elapsed, behaviour
import asyncio
import time

import aiohttp


async def get_with_retry(session, url, attempts=4, base_delay=0.5):
    for attempt in range(attempts):
        async with session.get(url) as response:
            status = response.status
        if status < 500 or attempt == attempts - 1:
            return status
        print(f"{url}: {status}, retry in {base_delay:.1f} s")
        await asyncio.sleep(base_delay)


async def main():
    started = time.perf_counter()
    urls = ["https://api.example.com/get", "https://api.example.com/status/503"]
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(get_with_retry(session, url) for url in urls))
    print(f"final: {dict(zip(urls, statuses))}")
    print(f"took {time.perf_counter() - started:.2f} s")


asyncio.run(main())
