# Another correct solution: a Thread subclass that keeps its result.
# expect: pass
import threading
import time

# shop -> (seconds its price service takes to answer, price)
SHOPS = {"acme": (1.5, 120), "bolt": (0.5, 95), "corex": (1.0, 110)}


def fetch_price(shop, currency="EUR"):
    delay, price = SHOPS[shop]
    time.sleep(delay)  # a slow web request
    return f"{price} {currency}"


class PriceThread(threading.Thread):
    def __init__(self, shop, currency):
        super().__init__()
        self.shop = shop
        self.currency = currency
        self.price = None

    def run(self):
        self.price = fetch_price(self.shop, currency=self.currency)


def fetch_all(shops, currency="EUR"):
    threads = [PriceThread(shop, currency) for shop in shops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {thread.shop: thread.price for thread in threads}


def main():
    started = time.perf_counter()
    prices = fetch_all(["acme", "bolt", "corex"], currency="USD")
    print(prices)
    print(f"took {time.perf_counter() - started:.1f} s")


main()
