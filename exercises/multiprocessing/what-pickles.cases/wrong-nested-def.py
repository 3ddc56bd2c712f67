# Replaces the lambda with a function defined inside main(): still not picklable.
# expect: fail
# expect-hint: nested-function, module-level
# expect-failing: no-error, prices, tests
import functools
import multiprocessing

PRICES = [19.99, 5.49, 102.0, 48.25]


def main():
    rate = 0.15

    def apply_discount(price):
        return round(price * (1 - rate), 2)

    with multiprocessing.Pool(2) as pool:
        print(pool.map(apply_discount, PRICES))


if __name__ == "__main__":
    main()
