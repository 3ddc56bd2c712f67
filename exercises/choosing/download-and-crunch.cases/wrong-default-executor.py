# Sends the analysis to the loop's default executor, a thread pool, so the GIL still lets one analysis run at a time.
# expect: fail
# expect-hint: use-a-process-pool
# expect-failing: processes

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import aiohttp

SERVER = "https://logs.example.com/"
FILES = ["auth.log", "api.log", "db.log", "cache.log", "web.log", "jobs.log"]
STARTED = time.perf_counter()


def analyse(text):
    # CPU-bound: fingerprints every line (pure Python), counts the errors
    lines = text.splitlines()
    fingerprint = 0
    for line in lines:
        for i in range(10_000):
            fingerprint = (fingerprint * 33 + i + len(line)) % 1_000_003
    errors = sum(line.startswith("ERROR") for line in lines)
    return f"{len(lines)} lines, {errors} errors, fingerprint {fingerprint}"


async def download(session, name):
    async with session.get(SERVER + name) as response:
        text = await response.text()
    print(f"downloaded {name} at {time.perf_counter() - STARTED:.1f} s")
    return text


async def pipeline(names, limit=3):
    """{name: analysis}: at most `limit` downloads at a time, each file analysed as soon as it arrives."""
    loop = asyncio.get_running_loop()
    gate = asyncio.Semaphore(limit)
    results = {}

    async def handle(session, pool, name):
        async with gate:  # the limit covers the download only
            text = await download(session, name)
        # the analysis runs in a worker process while the loop goes on downloading
        results[name] = await loop.run_in_executor(None, analyse, text)
        print(f"processed {name} at {time.perf_counter() - STARTED:.1f} s")

    with ProcessPoolExecutor() as pool:
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(handle(session, pool, name) for name in names))
    return {name: results[name] for name in names}


async def main():
    results = await pipeline(FILES)
    print("--- summary")
    for name, analysis in results.items():
        print(f"{name}: {analysis}")
    print(f"all done in {time.perf_counter() - STARTED:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
