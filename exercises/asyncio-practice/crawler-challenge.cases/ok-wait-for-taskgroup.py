# Another correct solution: asyncio.wait_for for the timeout and a TaskGroup for the pages.
# expect: pass
import asyncio
import time

import aiohttp

SITE = "https://docs.example.com"

async def get_status(session, url):
    async with session.get(url) as response:
        return response.status


async def fetch(session, gate, url, timeout, attempts, base_delay):
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            async with gate:
                status = await asyncio.wait_for(get_status(session, url), timeout)
        except asyncio.TimeoutError:
            return "timeout"
        if 500 <= status < 600 and attempt < attempts:
            print(f"retry {url} in {delay:.1f} s")
            await asyncio.sleep(delay)
            delay *= 2
        else:
            return status


async def crawl(start, limit=3, timeout=1.0, attempts=3, base_delay=0.2):
    gate = asyncio.Semaphore(limit)
    report = {}
    async with aiohttp.ClientSession() as session:
        async with session.get(start) as response:
            links = (await response.json())["links"]

        async def visit(url):
            report[url] = await fetch(session, gate, url, timeout, attempts, base_delay)
            print(f"{report[url]} {url}")

        async with asyncio.TaskGroup() as group:
            for link in links:
                group.create_task(visit(SITE + link))
    return report


async def main():
    started = time.perf_counter()
    report = await crawl(SITE + "/")
    print("--- summary")
    for url in sorted(report):
        print(f"{url}: {report[url]}")
    print(f"took {time.perf_counter() - started:.2f} s")


asyncio.run(main())
