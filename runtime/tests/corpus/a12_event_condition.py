import asyncio
async def waiter(ev, n):
    await ev.wait()
    print("waiter", n)
async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.gather(*ts)
    cond = asyncio.Condition()
    box = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: box)
            print("got", box.pop())
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0.1)
    async with cond:
        box.append("gift")
        cond.notify()
    await c
asyncio.run(main())
