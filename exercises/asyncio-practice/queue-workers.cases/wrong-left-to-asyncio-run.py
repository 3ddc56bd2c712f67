# Joins, then returns: asyncio.run cancels the cooks only after "kitchen closed".
# expect: fail
# expect-hint: left-to-asyncio-run
# expect-failing: clean-shutdown
import asyncio
import time

baked = []


async def take_orders(queue):
    for order in range(1, 7):
        await asyncio.sleep(0.25)  # a new order every quarter second
        await queue.put(order)
    print("all orders taken")


async def cook(name, queue):
    try:
        while True:
            order = await queue.get()
            print(f"{name} bakes order {order}")
            await asyncio.sleep(1.5)
            baked.append(order)
            queue.task_done()
    finally:
        print(f"{name} stops")


async def main():
    started = time.perf_counter()
    queue = asyncio.Queue()
    cooks = [asyncio.create_task(cook(f"cook {n}", queue)) for n in range(1, 4)]
    await take_orders(queue)
    await queue.join()
    print(f"kitchen closed: {len(baked)} orders baked in {time.perf_counter() - started:.2f} s")


asyncio.run(main())
