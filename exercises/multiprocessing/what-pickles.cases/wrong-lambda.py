# Keeps the lambda (like the starter).
# expect: fail
# expect-hint: lambda, module-level
# expect-failing: no-error, prices, no-lambda, tests
import functools
import multiprocessing

PRICES = [19.99, 5.49, 102.0, 48.25]


if __name__ == "__main__":
    rate = 0.15
    with multiprocessing.Pool(2) as pool:
        # TODO: a lambda cannot be sent to another process; use a module-level apply_discount(price, rate)
        discounted = pool.map(lambda price: round(price * (1 - rate), 2), PRICES)
    print(discounted)
