# Prints the expected lines instead of running the coroutine.
# expect: fail
# expect-hint: fake-output
# expect-failing: elapsed
import asyncio


async def boil_kettle():
    print("kettle on")
    await asyncio.sleep(2)
    print("kettle boiled")


async def main():
    print("making tea")
    print("kettle on")
    print("kettle boiled")
    print("tea is ready")


asyncio.run(main())
