# Another correct solution: asks future.exception() and re-raises anything but ValueError.
# expect: pass
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
    with ThreadPoolExecutor() as pool:
        futures = [(s, pool.submit(load, s)) for s in suppliers]
    for supplier, future in futures:
        error = future.exception()
        if isinstance(error, ValueError):
            print(f"{supplier}: failed (ValueError: {error})")
        else:
            loaded[supplier] = future.result()
            print(f"{supplier}: {len(loaded[supplier])} prices")
    print(f"loaded {len(loaded)} of {len(suppliers)}")
    return loaded


load_all(list(PRICE_LISTS))
