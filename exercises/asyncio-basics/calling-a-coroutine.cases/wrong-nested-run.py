# Starts the coroutine with asyncio.run from inside a running loop.
# expect: fail
# expect-hint: nested-run
# expect-failing: no-error, output, elapsed
import asyncio


async def boil_kettle():
    print("kettle on")
    await asyncio.sleep(2)
    print("kettle boiled")


async def main():
    print("making tea")
    asyncio.run(boil_kettle())
    print("tea is ready")


asyncio.run(main())
