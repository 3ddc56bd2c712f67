# fidelity: no-timing
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def who(x):
    time.sleep(0.05)
    return (x, multiprocessing.current_process().name)


def batches(results):
    """Consecutive runs of items that one worker handled."""
    runs = []
    for x, name in results:
        if runs and runs[-1][0] == name:
            runs[-1][1].append(x)
        else:
            runs.append((name, [x]))
    return [len(xs) for _, xs in runs]


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    for i in range(2):
        p = multiprocessing.Process(target=print, args=(f"plain {i}",))
        p.start()
        p.join()
        print(p.name)
    with multiprocessing.Pool(2) as pool:
        print(sorted({name for _, name in pool.map(who, range(4))}))
        print(sorted(batches(pool.imap(who, range(12), chunksize=4))))
        print(sorted(batches(pool.imap_unordered(who, range(12), chunksize=6))))
        print(type(pool.imap(who, range(2))).__name__, type(pool.imap(who, range(2), chunksize=2)).__name__)
        try:
            pool.imap(who, range(2), chunksize=0)
        except ValueError as exc:
            print("ValueError:", exc)
    with multiprocessing.Pool(1) as pool:
        print(pool.map(who, range(1)))
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(abs, [-1, -2, -3, -4, -5], chunksize=2)))
        results = list(ex.map(who, range(9), chunksize=3))
        print(sorted(batches(results)), sorted({name for _, name in results}))
