# Another correct solution: fetch all prices at once with gather.
# expect: pass
import asyncio

PRICES = {"tea": 4, "cake": 5, "jam": 3}


async def fetch_price(item):
    await asyncio.sleep(0.5)
    return PRICES[item]


async def basket_total(items):
    prices = await asyncio.gather(*(fetch_price(item) for item in items))
    return sum(prices)


async def main():
    print(f"total: {await basket_total(['tea', 'cake', 'jam'])}")


asyncio.run(main())
