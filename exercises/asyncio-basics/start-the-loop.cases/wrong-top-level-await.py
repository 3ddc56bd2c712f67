# Awaits main() at the top level of the module: a syntax error outside async def.
# expect: fail
# expect-hint: await-outside
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


await main()
