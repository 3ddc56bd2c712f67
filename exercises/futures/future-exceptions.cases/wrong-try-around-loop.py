# Wraps the whole loop in try/except: the first bad list ends the loop, the rest are never reported.
# expect: fail
# expect-hint: where-it-comes-out
# expect-failing: output, behaviour
import time
from concurrent.futures import ThreadPoolExecutor

PRICE_LISTS = {
    "north-farm": "3,4,5",
    "acme": "7,twelve,9",
    "green-valley": "2,2",
    "mill-street": "10",
}


def load(supplier):
    time.sleep(1)  # downloading the list
    return [int(price) for price in PRICE_LISTS[supplier].split(",")]


def load_all(suppliers):
    loaded = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {supplier: pool.submit(load, supplier) for supplier in suppliers}
        try:
            for supplier, future in futures.items():
                prices = future.result()
                print(f"{supplier}: {len(prices)} prices")
                loaded[supplier] = prices
        except ValueError as error:
            print(f"{supplier}: failed ({type(error).__name__}: {error})")
    print(f"loaded {len(loaded)} of {len(suppliers)}")
    return loaded


load_all(list(PRICE_LISTS))
