"""multiprocessing.pool's names and reprs, and the value an unpicklable result names."""
import multiprocessing
import multiprocessing.pool as mpp
import pickle
import threading


def square(x):
    return x * x


def make_lock(x):
    return threading.Lock()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.apply_async(square, (3,))
        print(repr(r).split(" at ")[0], r.get())
        m = pool.map_async(square, range(5))
        print(type(m).__module__, type(m).__qualname__, m.get())
        it = pool.imap(square, range(3))
        print(type(it).__module__, type(it).__qualname__, list(it))
        for call in (lambda: pool.apply(make_lock, (1,)), lambda: pool.map(make_lock, [1])):
            try:
                call()
            except mpp.MaybeEncodingError as exc:
                print(type(exc).__module__, type(exc).__qualname__, str(exc).split(" object")[0])
    print(mpp.worker.__module__, mpp.worker.__qualname__, mpp.AsyncResult is mpp.ApplyResult)
    print(pickle.loads(pickle.dumps(mpp.worker)) is mpp.worker, mpp.RemoteTraceback.__module__)
