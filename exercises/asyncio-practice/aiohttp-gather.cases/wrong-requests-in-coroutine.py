# Calls the blocking requests library from coroutines under gather.
# expect: fail
# expect-hint: blocking-client
# expect-failing: elapsed, in-flight, loop-free, other-urls, uses-aiohttp
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


import requests


async def fetch_blocking(url):
    response = requests.get(url)
    return response.status_code, response.json()["url"]


async def fetch_all(urls):
    return await asyncio.gather(*(fetch_blocking(url) for url in urls))


async def main():
    started = time.perf_counter()
    results = await fetch_all(list(WIDGETS.values()))
    for name, (status, url) in zip(WIDGETS, results):
        print(f"{name:>8}: {status} from {url}")
    print(f"dashboard ready in {time.perf_counter() - started:.2f} s")


asyncio.run(main())
