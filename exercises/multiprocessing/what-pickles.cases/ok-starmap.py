# Another correct solution: starmap with (price, rate) pairs.
# expect: pass
import functools
import multiprocessing

PRICES = [19.99, 5.49, 102.0, 48.25]


def apply_discount(price, rate):
    return round(price * (1 - rate), 2)


if __name__ == "__main__":
    rate = 0.15
    with multiprocessing.Pool() as pool:
        print(pool.starmap(apply_discount, [(price, rate) for price in PRICES]))
