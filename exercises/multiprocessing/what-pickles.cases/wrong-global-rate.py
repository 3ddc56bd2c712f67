# Sets a global rate under the guard: the workers import the module afresh and see 0.
# expect: fail
# expect-hint: pass-the-rate
# expect-failing: prices
import functools
import multiprocessing

PRICES = [19.99, 5.49, 102.0, 48.25]

RATE = 0.0


def apply_discount(price, rate=None):
    return round(price * (1 - (RATE if rate is None else rate)), 2)


if __name__ == "__main__":
    RATE = 0.15
    with multiprocessing.Pool(2) as pool:
        print(pool.map(apply_discount, PRICES))
