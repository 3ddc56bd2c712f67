# fidelity: no-timing
import concurrent.futures
from concurrent.futures.process import BrokenProcessPool


def setup(flag):
    raise ValueError(f"cannot set up ({flag})")


def square(x):
    return x * x


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=("db",)) as pool:
        future = pool.submit(square, 3)
        try:
            print(future.result())
        except BrokenProcessPool as exc:
            print("broken:", exc)
        try:
            pool.submit(square, 4)
        except BrokenProcessPool as exc:
            print("submit after:", exc)
    print("done")
