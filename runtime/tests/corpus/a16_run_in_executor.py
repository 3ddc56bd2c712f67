import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def blocking(n):
    time.sleep(0.3)
    return n
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with ThreadPoolExecutor(2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(4)))
    print(rs, round(loop.time() - t0, 1))
asyncio.run(main())
