# Ignores the attempts argument: always four tries.
# expect: fail
# expect-hint: hard-coded
# expect-failing: behaviour
import asyncio
import time

import aiohttp


async def get_with_retry(session, url, attempts=4, base_delay=0.5):
    for attempt in range(4):
        async with session.get(url) as response:
            status = response.status
        if status < 500 or attempt == 3:
            return status
        delay = base_delay * 2**attempt
        print(f"{url}: {status}, retry in {delay:.1f} s")
        await asyncio.sleep(delay)


async def main():
    started = time.perf_counter()
    urls = ["https://api.example.com/get", "https://api.example.com/status/503"]
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(get_with_retry(session, url) for url in urls))
    print(f"final: {dict(zip(urls, statuses))}")
    print(f"took {time.perf_counter() - started:.2f} s")


asyncio.run(main())
