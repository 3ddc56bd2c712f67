import asyncio, time
async def bad(n):
    print("bad", n, "start")
    time.sleep(0.2)
    print("bad", n, "end")
async def main():
    t0 = time.monotonic()
    await asyncio.gather(bad(1), bad(2))
    print("sequential:", round(time.monotonic() - t0, 1))
asyncio.run(main())
