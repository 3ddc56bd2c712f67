# Another correct solution: asyncio.run under a __main__ guard.
# expect: pass
import asyncio


async def countdown(n):
    for i in range(n, 0, -1):
        print(i)
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    await countdown(3)
    print(f"liftoff after {loop.time() - started:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
