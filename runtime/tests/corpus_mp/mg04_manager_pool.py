# fidelity: no-timing
# (CPython recorded at a machine load of 25, when its manager start and round trips take 10-40 times
# their idle cost: these cases check what the manager does; procs.START_COSTS times its start.)
# SyncManager.Pool: a pool living in the manager's server process, used through a proxy.
import multiprocessing as mp


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with mp.Manager() as manager:
        pool = manager.Pool(2)
        print("map:", pool.map(cube, range(6)))
        result = pool.apply_async(cube, (7,))
        print("apply_async:", result.get(timeout=10))
        print("imap:", list(pool.imap(cube, [1, 2, 3])))
        pool.close()
        pool.join()
