import asyncio
async def fails():
    await asyncio.sleep(0.1)
    raise RuntimeError("nope")
async def ok():
    await asyncio.sleep(0.2)
    return "ok"
async def main():
    print(await asyncio.gather(fails(), ok(), return_exceptions=True))
    try:
        await asyncio.gather(fails(), ok())
    except RuntimeError as e:
        print("raised:", e)
    await asyncio.sleep(0.2)
asyncio.run(main())
