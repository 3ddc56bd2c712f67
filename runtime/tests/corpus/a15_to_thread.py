import asyncio, time
def blocking(n):
    time.sleep(0.2)
    return n * 10
async def main():
    t0 = time.monotonic()
    results = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2), asyncio.sleep(0.1, "s"))
    print(results, round(time.monotonic() - t0, 1))
asyncio.run(main())
