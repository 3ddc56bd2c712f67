# Another correct solution: wrap the coroutine in a task and await the task.
# expect: pass
import asyncio


async def boil_kettle():
    print("kettle on")
    await asyncio.sleep(2)
    print("kettle boiled")


async def main():
    print("making tea")
    task = asyncio.create_task(boil_kettle())
    await task
    print("tea is ready")


asyncio.run(main())
