# Makes polite_pause a coroutine but calls it without await.
# expect: fail
# expect-hint: forgot-await
# expect-failing: awaited, on-time
import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


async def polite_pause():
    await asyncio.sleep(0.5)


async def fetch(page):
    await asyncio.sleep(0.3)  # the page travels over the network
    return f"<page {page}>"


async def crawl(pages):
    for page in pages:
        if page > 1:
            polite_pause()
        body = await fetch(page)
        log(f"got {body}")


async def heartbeat():
    for _ in range(4):
        log("tick")
        await asyncio.sleep(0.5)


async def main():
    await asyncio.gather(heartbeat(), crawl([1, 2, 3]))


asyncio.run(main())
