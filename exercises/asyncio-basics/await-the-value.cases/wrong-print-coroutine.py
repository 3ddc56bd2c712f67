# Fixes basket_total but prints basket_total(...) without await in main.
# expect: fail
# expect-hint: print-coroutine
# expect-failing: output, elapsed
import asyncio

PRICES = {"tea": 4, "cake": 5, "jam": 3}


async def fetch_price(item):
    await asyncio.sleep(0.5)  # the price service answers in half a second
    return PRICES[item]


async def basket_total(items):
    total = 0
    for item in items:
        price = await fetch_price(item)
        total += price
    return total


async def main():
    total = basket_total(["tea", "cake", "jam"])
    print(f"total: {total}")


asyncio.run(main())
