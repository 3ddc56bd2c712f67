# left: Task exception was never retrieved
import asyncio
async def boom():
    raise ValueError("lost")
async def main():
    global t
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
asyncio.run(main())
print("done")
