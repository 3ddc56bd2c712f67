# Avoids pickling by switching to a thread pool, which keeps the lambda but runs nothing in a process.
# expect: fail
# expect-hint: keep-processes, lambda, module-level
# expect-failing: processes, no-lambda, tests

import functools
import multiprocessing
import multiprocessing.pool

PRICES = [19.99, 5.49, 102.0, 48.25]


if __name__ == "__main__":
    rate = 0.15
    with multiprocessing.pool.ThreadPool(2) as pool:
        # TODO: a lambda cannot be sent to another process; use a module-level apply_discount(price, rate)
        discounted = pool.map(lambda price: round(price * (1 - rate), 2), PRICES)
    print(discounted)
