"""The worker side of ``multiprocessing.Pool`` (``pool.py``): the loop each worker runs, and the
exceptions that cross from a worker to the pool. Their ``__module__`` is ``multiprocessing.pool``,
where CPython defines them and where ``pool.py`` offers them: a worker's target pickles by that name
and an error reads ``multiprocessing.pool.MaybeEncodingError`` as in CPython."""

import traceback

# every module of the package has one (CPython's _TestImportStar imports each and checks it)
__all__ = ["BrokenWorker", "MaybeEncodingError", "RemoteTraceback", "worker"]

#: The job of the message a worker sends when its initializer raised ``BrokenWorker``.
WORKER_BROKEN = -1
#: The job of the message a worker sends when it has done ``maxtasksperchild`` tasks and is
#: about to end: the pool starts its replacement (CPython's worker handler does it).
WORKER_RETIRED = -2


class BrokenWorker(Exception):
    """Raised by an initializer to end its worker and tell the pool (ProcessPoolExecutor's
    initializer failing); any other exception from an initializer just ends the worker."""


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A task's result (or exception) that could not be pickled back to the pool."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return f"Error sending result: '{self.value}'. Reason: '{self.exc}'"

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"


class _Call:
    """A function with keyword arguments, picklable when the function is."""

    def __init__(self, func, kwds):
        self.func = func
        self.kwds = kwds

    def __call__(self, *args):
        return self.func(*args, **self.kwds)


def worker(tasks, results, initializer, initargs, maxtasks=None, retired=None):
    """The loop of one pool worker (named as CPython's: "Thread-1 (worker)" in a ThreadPool).
    After ``maxtasks`` tasks it tells the pool and ends once the pool has started its
    replacement (``retired``, an Event), so the pool never has fewer workers than it should."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BrokenWorker:
            results.put((WORKER_BROKEN, 0, False, None))
            raise SystemExit(1) from None
    done = 0
    while maxtasks is None or done < maxtasks:
        task = tasks.get()
        if task is None:
            return
        job, index, func, chunk, star = task
        try:
            reply = (job, index, True, [func(*args) if star else func(args) for args in chunk])
        except Exception as exc:
            reply = (job, index, False, (exc, "".join(traceback.format_exception(exc))))
        try:
            results.put(reply)
        except Exception as exc:  # the result could not be pickled: its job fails, not the worker
            # what CPython's worker names: the exception, an apply's value, a map chunk's list
            value = reply[3][0] if not reply[2] or isinstance(func, _Call) else reply[3]
            results.put((job, index, False, (MaybeEncodingError(exc, value), None)))
        # as CPython's worker: no reference to the task's arguments or result is kept until the
        # next task arrives (a ThreadPool's are the caller's own objects)
        task = func = chunk = reply = None
        done += 1
    results.put((WORKER_RETIRED, 0, True, retired))
    retired.wait()


for _public in (BrokenWorker, RemoteTraceback, MaybeEncodingError, _Call, worker):
    _public.__module__ = "multiprocessing.pool"
