# Wraps submit() in try/except: the exception is not raised there, so the program still crashes.
# expect: fail
# expect-hint: try-around-submit
# expect-failing: no-crash, output, behaviour
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
        futures = {}
        for supplier in suppliers:
            try:
                futures[supplier] = pool.submit(load, supplier)
            except ValueError as error:
                print(f"{supplier}: failed ({type(error).__name__}: {error})")
        for supplier, future in futures.items():
            prices = future.result()
            print(f"{supplier}: {len(prices)} prices")
            loaded[supplier] = prices
    print(f"loaded {len(loaded)} of {len(suppliers)}")
    return loaded


load_all(list(PRICE_LISTS))
