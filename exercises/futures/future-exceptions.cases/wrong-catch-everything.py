# Catches every Exception: a KeyError for an unknown supplier is swallowed as well.
# expect: fail
# expect-hint: too-broad
# expect-failing: behaviour
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
        for supplier, future in futures.items():
            try:
                prices = future.result()
            except Exception as error:
                print(f"{supplier}: failed ({type(error).__name__}: {error})")
                continue
            print(f"{supplier}: {len(prices)} prices")
            loaded[supplier] = prices
    print(f"loaded {len(loaded)} of {len(suppliers)}")
    return loaded


load_all(list(PRICE_LISTS))
