# map submits every item before any result is back: each submit finds no idle worker, so the pool
# starts up to max_workers of them; later submits after results are back reuse the idle ones.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, wait


def setup():
    print("setup", flush=True)


def cube(x):
    total = 0
    for i in range(20_000):
        total += i % 7
    return x ** 3


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3, initializer=setup) as ex:
        print(list(ex.map(cube, range(12))))
        print(sum(ex.map(cube, range(6), chunksize=2)))
        wait([ex.submit(cube, n) for n in range(2)])
    print("done")
