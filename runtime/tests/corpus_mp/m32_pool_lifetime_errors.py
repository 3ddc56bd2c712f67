# fidelity: no-timing
# A pool's workers replaced after maxtasksperchild tasks (new pids, the work all done, also when
# the pool is closed early), a task that cannot be pickled failing its map, a result that cannot
# be pickled coming back as MaybeEncodingError, and a pool collected while running warning
import gc
from collections import Counter
import os
import time
import warnings
import multiprocessing as mp
from multiprocessing.pool import MaybeEncodingError


def square(x):
    return x * x


def pid_of(_):
    time.sleep(0.01)
    return os.getpid()


def unpicklable():
    return lambda: 42


if __name__ == "__main__":
    with mp.Pool(2, maxtasksperchild=2) as pool:
        first = sorted({w.pid for w in pool._pool})
        pids = [pool.apply_async(pid_of, (i,)).get() for i in range(8)]
        print("workers replaced:", len(set(pids)) >= 4, Counter(Counter(pids).values())[3] == 0)
        print("results still right:", pool.map(square, range(6)))
        print("first workers gone:", not set(first) & {w.pid for w in pool._pool if w.is_alive()})

    pool = mp.Pool(3, maxtasksperchild=1)
    results = [pool.apply_async(square, (i,)) for i in range(6)]
    pool.close()
    pool.join()
    print("early close:", [r.get() for r in results])

    with mp.Pool(2) as pool:
        try:
            pool.map(square, [(x for x in "ab")] * 5)
        except TypeError as e:
            print("task:", e)
        errors = []
        r = pool.apply_async(unpicklable, error_callback=errors.append)
        try:
            r.get()
        except MaybeEncodingError as e:
            print("result:", type(e).__name__, "lambda" in e.value, errors[0] is e)
        print("pool still works:", pool.apply(square, (7,)))

    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as caught:
        pool = mp.Pool(1)
        pool.terminate()
        pool.join()
        pool._state = mp.pool.RUN
        del pool
        gc.collect()
    print([(w.category.__name__, str(w.message).split(" <")[0]) for w in caught])
