# Another correct solution: a TaskGroup, results read from the tasks in order.
# expect: pass
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
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch(session, url)) for url in urls]
    return [task.result() for task in tasks]


async def main():
    started = time.perf_counter()
    results = await fetch_all(list(WIDGETS.values()))
    for name, (status, url) in zip(WIDGETS, results):
        print(f"{name:>8}: {status} from {url}")
    print(f"dashboard ready in {time.perf_counter() - started:.2f} s")


asyncio.run(main())
