# Joins each thread right after starting it: the shops are asked one after another.
# expect: fail
# expect-hint: join-in-loop
# expect-failing: overlap, elapsed, prices, tests
import threading
import time

# shop -> (seconds its price service takes to answer, price)
SHOPS = {"acme": (1.5, 120), "bolt": (0.5, 95), "corex": (1.0, 110)}


def fetch_price(shop, currency="EUR"):
    delay, price = SHOPS[shop]
    time.sleep(delay)  # a slow web request
    return f"{price} {currency}"


def fetch_into(results, shop, currency):
    results[shop] = fetch_price(shop, currency=currency)


def fetch_all(shops, currency="EUR"):
    results = {}
    for shop in shops:
        thread = threading.Thread(target=fetch_into, args=(results, shop, currency))
        thread.start()
        thread.join()
    return {shop: results[shop] for shop in shops}


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
