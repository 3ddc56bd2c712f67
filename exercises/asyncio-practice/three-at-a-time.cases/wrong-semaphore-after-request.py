# Shares one semaphore but holds it only for the printing, after the request.
# expect: fail
# expect-hint: shared-semaphore
# expect-failing: at-most-3, served, elapsed
import asyncio

import aiohttp

# The shop's API allows 3 requests at a time. Most pages take 1 s, page 1 takes 3 s.
MAX_IN_FLIGHT = 3
DELAYS = {1: 3}

limit = asyncio.Semaphore(MAX_IN_FLIGHT)


async def fetch(session, page):
    url = f"https://api.shop.example.com/delay/{DELAYS.get(page, 1)}?page={page}"
    async with session.get(url) as response:
        data = await response.json()
    async with limit:
        print(f"page {data['args']['page']}")
    return page


async def crawl(pages):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch(session, page) for page in pages))


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    pages = await crawl(range(1, 10))
    print(f"got {len(pages)} pages in {loop.time() - started:.0f} s: {pages}")


asyncio.run(main())
