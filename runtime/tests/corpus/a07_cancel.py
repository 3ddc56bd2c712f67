import asyncio
async def worker():
    try:
        while True:
            await asyncio.sleep(0.1)
            print("working")
    finally:
        print("cleanup")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.35)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
asyncio.run(main())
