# Runs each fetch with asyncio.run inside a running loop.
# expect: fail
# expect-hint: nested-run
# expect-failing: no-error, output, tests, elapsed
import asyncio

PRICES = {"tea": 4, "cake": 5, "jam": 3}


async def fetch_price(item):
    await asyncio.sleep(0.5)  # the price service answers in half a second
    return PRICES[item]


async def basket_total(items):
    total = 0
    for item in items:
        price = asyncio.run(fetch_price(item))
        total += price
    return total


async def main():
    total = await basket_total(["tea", "cake", "jam"])
    print(f"total: {total}")


asyncio.run(main())
