import asyncio
async def nap(s):
    await asyncio.sleep(s)
    return s
async def main():
    tasks = [asyncio.create_task(nap(s)) for s in (0.3, 0.1, 0.2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
asyncio.run(main())
