import asyncio
async def inner():
    await asyncio.sleep(0.2)
    print("inner finished anyway")
    return 42
async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.ensure_future(inner())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.1)
    except TimeoutError:
        print("outer timed out")
    print(await t, len(asyncio.all_tasks()))
asyncio.run(main())
