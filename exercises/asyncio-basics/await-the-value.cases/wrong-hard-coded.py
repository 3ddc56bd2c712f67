# Leaves basket_total broken and prints the expected total.
# expect: fail
# expect-hint: fake-output
# expect-failing: tests, elapsed
import asyncio

PRICES = {"tea": 4, "cake": 5, "jam": 3}


async def fetch_price(item):
    await asyncio.sleep(0.5)  # the price service answers in half a second
    return PRICES[item]


async def basket_total(items):
    total = 0
    for item in items:
        price = fetch_price(item)
        total += price
    return total


print("total: 12")
