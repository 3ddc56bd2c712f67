# Returns the results dict as filled: the prices come in the order the shops answered.
# expect: fail
# expect-hint: completion-order
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
    results[shop] = fetch_price(shop, currency=currency)


def fetch_all(shops, currency="EUR"):
    results = {}
    threads = [threading.Thread(target=fetch_into, args=(results, shop, currency)) for shop in shops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
