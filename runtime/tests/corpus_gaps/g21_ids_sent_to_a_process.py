# fidelity: no-timing
# os.getpid and friends given to a process pool as the task itself: C built-ins are pickled by
# name, so the worker calls its own (a Python stand-in made in a function could not be pickled).
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn")) as ex:
        child = ex.submit(os.getpid).result()
        print(child != os.getpid(), ex.submit(os.getppid).result() == os.getpid())
        print(ex.submit(os.cpu_count).result() == os.cpu_count())
    with mp.get_context("spawn").Pool(2) as pool:
        print(pool.apply(os.getpid) != os.getpid(), pool.apply(os.getppid) == os.getpid())
