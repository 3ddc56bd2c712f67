# Collects the results with as_completed: concurrent, but in the order they finish.
# expect: fail
# expect-hint: result-order
# expect-failing: output, other-urls
import asyncio
import time

import aiohttp

API = "https://dashboard.example.com"
WIDGETS = {
    "weather": f"{API}/delay/1",
    "news": f"{API}/delay/2",
    "calendar": f"{API}/get",
    "stocks": f"{API}/delay/1",
}


async def fetch(session, url):
    async with session.get(url) as response:
        data = await response.json()
        return response.status, data["url"]


async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        return [await done for done in asyncio.as_completed([fetch(session, url) for url in urls])]


async def main():
    started = time.perf_counter()
    results = await fetch_all(list(WIDGETS.values()))
    for name, (status, url) in zip(WIDGETS, results):
        print(f"{name:>8}: {status} from {url}")
    print(f"dashboard ready in {time.perf_counter() - started:.2f} s")


asyncio.run(main())
