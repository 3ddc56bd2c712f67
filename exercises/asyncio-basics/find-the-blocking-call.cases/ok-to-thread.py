# Another correct solution: run the blocking helper in a thread.
# expect: pass
import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f} s  {message}")


def polite_pause():
    time.sleep(0.5)


async def fetch(page):
    await asyncio.sleep(0.3)  # the page travels over the network
    return f"<page {page}>"


async def crawl(pages):
    for page in pages:
        if page > 1:
            await asyncio.to_thread(polite_pause)
        body = await fetch(page)
        log(f"got {body}")


async def heartbeat():
    for _ in range(4):
        log("tick")
        await asyncio.sleep(0.5)


async def main():
    await asyncio.gather(heartbeat(), crawl([1, 2, 3]))


asyncio.run(main())
