import asyncio, time
async def nap(s):
    await asyncio.sleep(s)
    return s
async def main():
    t0 = time.monotonic()
    for coro in asyncio.as_completed([nap(0.3), nap(0.1), nap(0.2)]):
        r = await coro
        print(r, round(time.monotonic() - t0, 1))
asyncio.run(main())
