# fidelity: no-timing
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def who(_=None):
    me = threading.current_thread()
    return (
        multiprocessing.current_process().name,
        me.name,
        me is threading.main_thread(),
        [t.name for t in threading.enumerate()],
    )


def report():
    print(*who())


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    p = multiprocessing.Process(target=report)
    p.start()
    p.join()
    with ProcessPoolExecutor(1) as ex:
        print(*ex.submit(who).result()[1:3])
    with multiprocessing.Pool(1) as pool:
        print(*pool.apply(who)[1:3])
    print(*who())
