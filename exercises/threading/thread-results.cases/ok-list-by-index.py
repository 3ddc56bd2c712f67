# Another correct solution: results in a list, one slot per thread, filled by index.
# expect: pass
import threading
import time

# shop -> (seconds its price service takes to answer, price)
SHOPS = {"acme": (1.5, 120), "bolt": (0.5, 95), "corex": (1.0, 110)}


def fetch_price(shop, currency="EUR"):
    delay, price = SHOPS[shop]
    time.sleep(delay)  # a slow web request
    return f"{price} {currency}"


def fetch_all(shops, currency="EUR"):
    prices = [None] * len(shops)

    def work(i):
        prices[i] = fetch_price(shops[i], currency)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(shops))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return dict(zip(shops, prices))


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
