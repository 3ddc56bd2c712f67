# fidelity: no-timing
import os
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def crash(code):
    os._exit(code)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(square, 5).result())
        doomed = pool.submit(crash, 3)
        try:
            doomed.result()
        except BrokenProcessPool as exc:
            print("broken:", exc)
        try:
            pool.submit(square, 6)
        except BrokenProcessPool as exc:
            print("submit after:", exc)
    print("done")
