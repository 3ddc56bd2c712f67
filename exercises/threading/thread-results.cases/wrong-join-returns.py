# Expects join() to return the target's return value.
# expect: fail
# expect-hint: join-returns-none
# expect-failing: prices, tests
import threading
import time

# shop -> (seconds its price service takes to answer, price)
SHOPS = {"acme": (1.5, 120), "bolt": (0.5, 95), "corex": (1.0, 110)}


def fetch_price(shop, currency="EUR"):
    delay, price = SHOPS[shop]
    time.sleep(delay)  # a slow web request
    return f"{price} {currency}"


def fetch_all(shops, currency="EUR"):
    threads = {
        shop: threading.Thread(target=fetch_price, args=(shop,), kwargs={"currency": currency})
        for shop in shops
    }
    for thread in threads.values():
        thread.start()
    return {shop: thread.join() for shop, thread in threads.items()}


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
