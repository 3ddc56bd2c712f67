# Ignores the arguments: always 3 in flight, 1 s timeout and 3 attempts.
# expect: fail
# expect-hint: ignores-arguments
# expect-failing: behaviour
import asyncio
import time

import aiohttp

SITE = "https://docs.example.com"

async def fetch(session, gate, url, timeout, attempts, base_delay):
    for attempt in range(attempts):
        async with gate:
            try:
                async with asyncio.timeout(timeout):
                    async with session.get(url) as response:
                        status = response.status
            except TimeoutError:
                return "timeout"
        if status < 500 or attempt == attempts - 1:
            return status
        delay = base_delay * 2**attempt
        print(f"retry {url} in {delay:.1f} s")
        await asyncio.sleep(delay)


async def crawl(start, limit=3, timeout=1.0, attempts=3, base_delay=0.2):
    report = {}
    gate = asyncio.Semaphore(3)

    async def visit(url):
        report[url] = await fetch(session, gate, url, 1.0, 3, 0.2)
        print(f"{report[url]} {url}")

    async with aiohttp.ClientSession() as session:
        async with session.get(start) as response:
            links = (await response.json())["links"]
        await asyncio.gather(*(visit(SITE + link) for link in links))
    return report


async def main():
    started = time.perf_counter()
    report = await crawl(SITE + "/")
    print("--- summary")
    for url in sorted(report):
        print(f"{url}: {report[url]}")
    print(f"took {time.perf_counter() - started:.2f} s")


asyncio.run(main())
