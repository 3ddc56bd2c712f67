import asyncio, time
async def main():
    t0 = time.monotonic()
    try:
        async with asyncio.timeout(0.2) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", cm.expired(), round(time.monotonic() - t0, 1))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
    print("no timeout", round(time.monotonic() - t0, 1))
asyncio.run(main())
