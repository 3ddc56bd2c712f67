# A single cook: clean, but the orders queue up behind each other.
# expect: fail
# expect-hint: one-cook
# expect-failing: elapsed, three-cooks
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
    cooks = [asyncio.create_task(cook("cook 1", queue))]
    await take_orders(queue)
    await queue.join()
    for task in cooks:
        task.cancel()
    await asyncio.gather(*cooks, return_exceptions=True)
    print(f"kitchen closed: {len(baked)} orders baked in {time.perf_counter() - started:.2f} s")


asyncio.run(main())
