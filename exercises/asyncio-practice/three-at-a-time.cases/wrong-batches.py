# Gathers fixed batches of 3: under the limit, but each batch waits for its slowest page.
# expect: fail
# expect-hint: batches
# expect-failing: served, elapsed
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
    pages = list(pages)
    results = []
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(pages), MAX_IN_FLIGHT):
            batch = pages[start : start + MAX_IN_FLIGHT]
            results += await asyncio.gather(*(fetch(session, page) for page in batch))
    return results


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    pages = await crawl(range(1, 10))
    print(f"got {len(pages)} pages in {loop.time() - started:.0f} s: {pages}")


asyncio.run(main())
