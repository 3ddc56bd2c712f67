# fidelity: no-timing
# The helper threads of a ProcessPoolExecutor (one numbered) and of a Pool (three numbered) take
# threading's numbers as in CPython, so the program's next thread gets CPython's name.
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(square, range(4))))
    print(threading.Thread(target=square, args=(1,)).name)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(4)))
    print(threading.Thread(target=square, args=(2,)).name)
