# settled
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    global done
    tasks = [asyncio.create_task(fetch(n)) for n in range(3)]
    done = await asyncio.gather(*tasks)
    print(done)


asyncio.run(main())
