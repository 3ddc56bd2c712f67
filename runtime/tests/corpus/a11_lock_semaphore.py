import asyncio, time
async def limited(sem, i, t0):
    async with sem:
        await asyncio.sleep(0.1)
        print(i, round(time.monotonic() - t0, 1))
async def main():
    t0 = time.monotonic()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i, t0) for i in range(5)))
    lock = asyncio.Lock()
    async with lock:
        print("locked:", lock.locked())
    print("locked:", lock.locked())
asyncio.run(main())
