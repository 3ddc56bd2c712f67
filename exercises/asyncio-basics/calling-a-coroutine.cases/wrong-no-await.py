# Calls the coroutine function without await: nothing runs, Python warns.
# expect: fail
# expect-hint: forgot-await
# expect-failing: awaited, output, elapsed
import asyncio


async def boil_kettle():
    print("kettle on")
    await asyncio.sleep(2)
    print("kettle boiled")


async def main():
    print("making tea")
    boil_kettle()
    print("tea is ready")


asyncio.run(main())
