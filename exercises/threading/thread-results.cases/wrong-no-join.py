# Starts the threads but never joins them: fetch_all returns before any price is in.
# expect: fail
# expect-hint: missing-join
# expect-failing: prices, tests

import threading
import time

# shop -> (seconds its price service takes to answer, price)
SHOPS = {"acme": (1.5, 120), "bolt": (0.5, 95), "corex": (1.0, 110)}


def fetch_price(shop, currency="EUR"):
    delay, price = SHOPS[shop]
    time.sleep(delay)  # a slow web request
    return f"{price} {currency}"


def fetch_into(results, shop, currency):
    # A thread's return value is lost: store it where the caller can read it.
    results[shop] = fetch_price(shop, currency=currency)


def fetch_all(shops, currency="EUR"):
    results = {}
    threads = [
        threading.Thread(target=fetch_into, args=(results, shop), kwargs={"currency": currency})
        for shop in shops
    ]
    for thread in threads:
        thread.start()
    # results filled in the order the shops answered; return them in the order asked
    return results


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
