# Asks the shops one after another in the main thread (like the starter).
# expect: fail
# expect-hint: use-threads
# expect-failing: threads, waits, overlap, elapsed, prices, tests
import threading
import time

# shop -> (seconds its price service takes to answer, price)
SHOPS = {"acme": (1.5, 120), "bolt": (0.5, 95), "corex": (1.0, 110)}


def fetch_price(shop, currency="EUR"):
    delay, price = SHOPS[shop]
    time.sleep(delay)  # a slow web request
    return f"{price} {currency}"


def fetch_all(shops, currency="EUR"):
    prices = {}
    for shop in shops:
        prices[shop] = fetch_price(shop, currency)
    return prices


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
