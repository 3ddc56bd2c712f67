"""The worker side of ``multiprocessing.Pool`` (``pool.py``): the loop each worker runs, and the
exceptions that cross from a worker to the pool. Their ``__module__`` is ``multiprocessing.pool``,
where CPython defines them and where ``pool.py`` offers them: a worker's target pickles by that name
and an error reads ``multiprocessing.pool.MaybeEncodingError`` as in CPython."""

import traceback

# every module of the package has one (CPython's _TestImportStar imports each and checks it)
__all__ = ["MaybeEncodingError", "RemoteTraceback", "worker"]

#: The job of the message a ProcessPoolExecutor's worker sends when its initializer failed.
WORKER_BROKEN = -1
#: The job of the message a worker sends when it has done ``maxtasksperchild`` tasks and is
#: about to end: the pool starts its replacement (CPython's worker handler does it).
WORKER_RETIRED = -2
#: The job of a message wrapping a worker's last reply before it ends (the index is its pid):
#: ProcessPoolExecutor's workers with ``max_tasks_per_child``, as CPython's ``exit_pid``.
WORKER_LAST = -3


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
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        task = tasks.get()
        if task is None:
            return
        send_reply(results, run_task(task), single=isinstance(task[2], _Call))
        # as CPython's worker: no reference to the task's arguments or result is kept until the
        # next task arrives (a ThreadPool's are the caller's own objects)
        task = None
        done += 1
    results.put((WORKER_RETIRED, 0, True, retired))
    retired.wait()


def run_task(task):
    """A worker's reply to one task: ``(job, index, ok, results or (exception, its traceback))``."""
    job, index, func, chunk, star = task
    try:
        return (job, index, True, [func(*args) if star else func(args) for args in chunk])
    except Exception as exc:
        return (job, index, False, (exc, "".join(traceback.format_exception(exc))))


def send_reply(results, reply, last_of=None, single=False):
    """Send a task's reply; one that cannot be pickled fails its job, not the worker. With
    ``last_of`` (the worker's pid), the reply is its worker's last before it ends
    (``WORKER_LAST``: ProcessPoolExecutor's ``max_tasks_per_child``). ``single``: the task was an
    ``apply``, whose error names its one value (CPython's; a map's names the chunk's list)."""
    try:
        results.put(reply if last_of is None else (WORKER_LAST, last_of, True, reply))
    except Exception as exc:
        job, index, ok, value = reply
        # what CPython's worker names: the exception, an apply's value, a map chunk's list
        named = value[0] if not ok or single else value
        failed = (job, index, False, (MaybeEncodingError(exc, named), None))
        results.put(failed if last_of is None else (WORKER_LAST, last_of, True, failed))


for _public in (RemoteTraceback, MaybeEncodingError, _Call, worker, run_task, send_reply):
    _public.__module__ = "multiprocessing.pool"
