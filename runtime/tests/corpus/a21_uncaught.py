import asyncio
async def main():
    await asyncio.sleep(0.1)
    print("about to fail")
    return 1 / 0
asyncio.run(main())
