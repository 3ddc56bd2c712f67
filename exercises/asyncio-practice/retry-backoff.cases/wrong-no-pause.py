# Retries at once, without any pause.
# expect: fail
# expect-hint: no-retry
# expect-failing: output, elapsed, behaviour
import asyncio
import time

import aiohttp


async def get_with_retry(session, url, attempts=4, base_delay=0.5):
    for attempt in range(attempts):
        async with session.get(url) as response:
            status = response.status
        if status < 500:
            return status
    return status


async def main():
    started = time.perf_counter()
    urls = ["https://api.example.com/get", "https://api.example.com/status/503"]
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(get_with_retry(session, url) for url in urls))
    print(f"final: {dict(zip(urls, statuses))}")
    print(f"took {time.perf_counter() - started:.2f} s")


asyncio.run(main())
