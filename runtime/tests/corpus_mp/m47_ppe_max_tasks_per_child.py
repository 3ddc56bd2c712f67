# fidelity: no-timing
# (CPython joins each retiring worker before starting the next: its exit, about 20 ms for a spawned
# interpreter, is not modelled, so a chain of retirements runs 0.45 s here where CPython takes 0.6)
# max_tasks_per_child: a worker ends after its tasks and the pool starts another in its place
# unless it counts an idle one (spawn workers by default, as CPython with this option).
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def who(x):
    return x, mp.current_process().name


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as ex:
        for x in range(3):
            print(ex.submit(who, x).result())
    # the fourth worker, started when the third ended, was only told to end
    print(mp.Process().name)
    # four tasks on two workers: each end starts another while fewer than two run, six in all
    with ProcessPoolExecutor(max_workers=2, max_tasks_per_child=1) as ex:
        print(sorted(name for _, name in ex.map(who, range(4))))
    print(mp.Process().name)
    try:
        ProcessPoolExecutor(max_tasks_per_child=0)
    except ValueError as exc:
        print(exc)
