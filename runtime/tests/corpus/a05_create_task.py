import asyncio, time
async def tick(name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        print(name, i)
    return name
async def main():
    t0 = time.monotonic()
    a = asyncio.create_task(tick("a", 3, 0.1))
    b = asyncio.create_task(tick("b", 2, 0.15), name="bee")
    print(b.get_name(), a.done())
    print(await a, await b, round(time.monotonic() - t0, 2))
asyncio.run(main())
