import asyncio
async def producer(q):
    for i in range(4):
        await q.put(i)
        print("produced", i)
        await asyncio.sleep(0.05)
async def consumer(q, name):
    while True:
        i = await q.get()
        await asyncio.sleep(0.12)
        print(name, "consumed", i)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    cs = [asyncio.create_task(consumer(q, f"c{n}")) for n in range(2)]
    await producer(q)
    await q.join()
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    print("done")
asyncio.run(main())
