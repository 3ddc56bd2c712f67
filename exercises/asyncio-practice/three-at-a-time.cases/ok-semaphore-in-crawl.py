# Another correct solution: the semaphore lives in crawl and wraps each fetch.
# expect: pass
import asyncio

import aiohttp

# The shop's API allows 3 requests at a time. Most pages take 1 s, page 1 takes 3 s.
MAX_IN_FLIGHT = 3
DELAYS = {1: 3}


async def fetch(session, page):
    url = f"https://api.shop.example.com/delay/{DELAYS.get(page, 1)}?page={page}"
    async with session.get(url) as response:
        data = await response.json()
    print(f"page {data['args']['page']}")
    return page


async def crawl(pages):
    limit = asyncio.Semaphore(MAX_IN_FLIGHT)

    async def limited(session, page):
        async with limit:
            return await fetch(session, page)

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(limited(session, page) for page in pages))


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    pages = await crawl(range(1, 10))
    print(f"got {len(pages)} pages in {loop.time() - started:.0f} s: {pages}")


asyncio.run(main())
