# Passes the function instead of a coroutine object to asyncio.run.
# expect: fail
# expect-hint: pass-coroutine
# expect-failing: no-error, output, elapsed
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


asyncio.run(main)
