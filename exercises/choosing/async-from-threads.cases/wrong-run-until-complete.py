# Runs the coroutine with the bridge loop's run_until_complete from the worker thread, although that loop is already running in its own thread.
# expect: fail
# expect-hint: loop-already-running
# expect-failing: prices, two-in-flight, elapsed, bridge

import asyncio
import threading
import time

import aiohttp

API = "https://prices.example.com/price/"
ORDERS = {
    "order-1": ["tea", "mug", "lemon"],
    "order-2": ["coffee", "mug"],
    "order-3": ["tea", "honey", "spoon"],
    "order-4": ["lemon", "spoon"],
}


class PriceClient:
    """The async price API client: one session, at most 2 requests in flight (the API's rule)."""

    async def open(self):
        self.session = aiohttp.ClientSession()
        self.gate = asyncio.Semaphore(2)

    async def price(self, sku):
        async with self.gate:
            async with self.session.get(API + sku) as response:
                return (await response.json())["price"]

    async def close(self):
        await self.session.close()


class Bridge:
    """An event loop in a background thread, so that plain threads can call async code."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coro, timeout=None):
        # hand the coroutine to the loop's thread, then block this thread until its result
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def close(self):
        # only the loop's own thread may stop it: ask it to, then wait for the thread
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


def process_orders(orders):
    """{order: total price}, computed by one worker thread per order (the legacy part)."""
    bridge = Bridge()
    client = PriceClient()
    bridge.call(client.open())
    totals = {}

    def worker(name, skus):
        totals[name] = sum(bridge.call(client.price(sku)) for sku in skus)

    workers = [threading.Thread(target=worker, args=item) for item in orders.items()]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    bridge.call(client.close())
    bridge.close()
    return {name: totals[name] for name in orders}


if __name__ == "__main__":
    started = time.perf_counter()
    for name, total in process_orders(ORDERS).items():
        print(f"{name}: {total}")
    print(f"priced in {time.perf_counter() - started:.1f} s")
