# A ProcessPoolExecutor starts its workers on demand (CPython 3.9+, any start method but fork):
# one submit to four workers starts one, so the initializer runs once.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def setup(tag):
    print("setup", tag, mp.current_process().name, flush=True)


def square(x):
    return x * x, mp.current_process().name


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4, initializer=setup, initargs=("db",)) as ex:
        print(ex.submit(square, 3).result())
        print(ex.submit(square, 4).result())
    print(len(mp.active_children()))
