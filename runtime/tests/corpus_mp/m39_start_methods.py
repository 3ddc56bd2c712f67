# fidelity: no-timing
# (what it checks is CPython 3.14's start-method API and names; its six starts, two of them spawn, are
# timed by the other cases and runtime/tests/start_cost/, and at the load it was recorded under they
# took 1.6 times as long as at idle)
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def report(conn):
    conn.send((mp.get_start_method(), mp.current_process().name))


def name(_):
    return mp.current_process().name


if __name__ == "__main__":
    print("before:", mp.get_start_method(allow_none=True))
    print("methods:", sorted(mp.get_all_start_methods()))
    for method in ("spawn", "forkserver"):
        ctx = mp.get_context(method)
        print(type(ctx).__name__, ctx.get_start_method(), ctx.get_context() is ctx, ctx.Process.__name__)
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=report, args=(w,))
        p.start()
        print("  child:", r.recv(), p.name)
        p.join()
    try:
        mp.get_context("spawn").set_start_method("fork")
    except ValueError as e:
        print("ValueError:", e)
    p = mp.Process(target=print, args=("default child",))
    p.start()
    p.join()
    print(type(p).__name__, p.name, "now:", mp.get_start_method(allow_none=True))
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("spawn", force=True)
    print("forced:", mp.get_start_method())
    mp.set_start_method(None, force=True)
    print("cleared:", mp.get_start_method(allow_none=True))
    with mp.Pool(2) as pool:
        print(pool.map(abs, [-1, -2]), sorted(p.name for p in mp.active_children()))
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(abs, [-1, -2])), sorted(p.name for p in mp.active_children()))
    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as ex:
        print(list(ex.map(name, range(1))))
