# Awaits, but the kettle sleeps with time.sleep and blocks the loop.
# expect: fail
# expect-hint: blocking-sleep
# expect-failing: loop-free
import asyncio
import time


async def boil_kettle():
    print("kettle on")
    time.sleep(2)
    print("kettle boiled")


async def main():
    print("making tea")
    await boil_kettle()
    print("tea is ready")


asyncio.run(main())
