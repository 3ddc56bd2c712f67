# A task still pending when its loop is closed and dropped is destroyed by the collector, and
# asyncio says so on stderr at that moment (before "end"), as every CPython since 3.4 does.
import asyncio
import gc


async def ticker():
    while True:
        await asyncio.sleep(5)


async def main():
    asyncio.create_task(ticker(), name="ticker")
    await asyncio.sleep(0)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
del loop
gc.collect()
print("end")
