"""``multiprocessing.Pool``: worker processes fed from a task queue, as in CPython.

Tasks (function and arguments) are pickled in the parent when submitted, so a lambda fails
there; each worker unpickles them in its own process world, runs them and sends the pickled
result back. A result-handler thread in the parent fills in the results and runs callbacks,
like CPython's. ``with Pool() as p`` terminates the workers on exit. ``ThreadPool`` is the same
pool over threads of the calling process (``multiprocessing.dummy``): nothing is pickled.
"""

import os
import queue
import threading
import warnings

from interleave import procs

# the results and the worker's side are in modules of their own; this module offers their names,
# as CPython's has them (multiprocessing.pool.ApplyResult, .worker, .MaybeEncodingError, ...)
from .pool_results import ApplyResult, AsyncResult, IMapIterator, MapResult, _read  # noqa: F401
from .pool_worker import (  # noqa: F401
    WORKER_BROKEN, WORKER_LAST, WORKER_RETIRED, MaybeEncodingError, RemoteTraceback, _Call, run_task,
    send_reply, worker,
)
from .queues import SimpleQueue

__all__ = ["Pool", "ThreadPool"]

RUN, CLOSE, TERMINATE = 0, 1, 2


def _default_context():
    """The context of a Pool made without one: the default's, which this fixes as CPython does."""
    from . import context  # not at the top: the context module builds on this one

    return context.get_context()


class Pool:
    #: What "Process" becomes in a worker's name: ForkServerPoolWorker-3, as CPython names them.
    _worker_name = "PoolWorker"
    #: Called in the result handler when a ProcessPoolExecutor's worker failed (WORKER_BROKEN); set before
    #: the workers start (a subclass's __init__), since one may fail before __init__ returns.
    _on_broken = None
    #: Workers are processes: none may start while a child is importing its main module, and a
    #: task's exception carries the worker's traceback as its cause (it crossed processes).
    _in_processes = True
    #: The cause a task's exception gets, holding the worker's traceback (the executor has its own).
    _remote_traceback = RemoteTraceback
    #: What a worker process runs (the executor's workers run a loop of their own).
    _worker_target = staticmethod(worker)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._state = None  # what __del__ reads of a pool whose __init__ failed
        if self._in_processes:
            procs.check_not_bootstrapping()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._ctx = context if context is not None else _default_context()
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._state = RUN
        self._cache = {}
        self._tasks, self._results = self._new_queues()
        self._pool = []
        try:
            self._repopulate_pool()
        except Exception:
            # as CPython's: the workers started before one failed to start do not leak
            for w in self._pool:
                if w.exitcode is None:
                    w.terminate()
            for w in self._pool:
                w.join()
            raise
        self._handler = self._start_handler()

    def _repopulate_pool(self):
        """Forget the workers that have ended and start new ones up to the pool's size."""
        self._pool[:] = [w for w in self._pool if w.exitcode is None]
        for _ in range(self._processes - len(self._pool)):
            self._start_worker()

    def _start_worker(self):
        """Starts one more worker of the pool."""
        w = self._new_worker(self._initializer, self._initargs)
        w.start()
        self._pool.append(w)

    def _replace(self, retired):
        """A worker has done its ``maxtasksperchild`` tasks: start its replacement while the
        pool runs or still has work (CPython's worker handler), then let it end."""
        if self._state == RUN or (self._state == CLOSE and self._cache):
            self._pool[:] = [w for w in self._pool if w.exitcode is None]
            self._start_worker()
        retired.set()

    def __del__(self):
        if self._state == RUN:
            warnings.warn(f"unclosed running multiprocessing pool {self!r}", ResourceWarning,
                          stacklevel=1, source=self)

    def _start_handler(self, name=None):
        # CPython starts three helper threads (workers, tasks, results), numbered in that order
        # by threading's counter: the first two numbers are taken so that this one, and the
        # program's own later threads, get CPython's names ("Thread-3 (_handle_results)").
        # A subclass that numbers its helper otherwise passes its name.
        if name is None:
            threading._newname("Thread-%d")  # pyright: ignore[reportAttributeAccessIssue]
            threading._newname("Thread-%d")  # pyright: ignore[reportAttributeAccessIssue]
        handler = threading.Thread(target=self._handle_results, daemon=True, name=name)
        handler.start()
        return handler

    def _new_queues(self):
        return SimpleQueue(), SimpleQueue()

    def _worker_args(self, initializer, initargs):
        if self._maxtasksperchild is None:
            return (self._tasks, self._results, initializer, initargs)
        from .synchronize import Event

        return (self._tasks, self._results, initializer, initargs, self._maxtasksperchild, Event())

    def _new_worker(self, initializer, initargs):
        # the pool's context makes its workers, as in CPython (a ForkServerProcess by default)
        w = self._ctx.Process(target=self._worker_target, args=self._worker_args(initializer, initargs),
                              daemon=True)
        # CPython's rename: numbered by the process counter (ForkServerPoolWorker-3 after two
        # Process objects), not by the place in this pool; a context's own Process class (a test's
        # stand-in) keeps its name's form
        w.name = w.name.replace("Process", self._worker_name)
        return w

    def _handle_results(self):
        while True:
            item = self._results.get()
            if item is None:
                return
            job, index, ok, value = item
            item = None
            if job == WORKER_BROKEN:
                if self._on_broken is not None:
                    self._on_broken()
                continue
            if job == WORKER_RETIRED:
                self._replace(value)
                continue
            retiring = None
            if job == WORKER_LAST:
                retiring, (job, index, ok, value) = index, value
                self._worker_left(retiring)
            if not ok:
                exc, text = value
                if self._in_processes and text is not None:
                    exc.__cause__ = self._remote_traceback('\n"""\n' + text + '"""')
                value = exc
            target = self._cache.get(job)
            if target is not None:
                target._set(index, ok, value)
            # nothing of the last result is kept until the next one arrives
            target = value = None
            if retiring is None:
                self._worker_idle()

    def _worker_left(self, pid):
        """A worker sent its last reply and ends (``WORKER_LAST``); only ProcessPoolExecutor's
        pool sends it, and replaces the worker here before the reply is delivered."""

    def _worker_idle(self):
        """A worker sent a reply and stays: ProcessPoolExecutor's pool counts it as idle."""

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, func, chunks, star):
        for index, chunk in enumerate(chunks):
            self._put_task(result, (result._job, index, func, list(chunk), star))

    def _put_task(self, result, task):
        """Send one task; one that cannot be pickled fails its job (CPython's task handler sets
        the job's result to the error) instead of being lost."""
        try:
            self._tasks.put(task)
        except Exception as exc:
            result._set(task[1], False, exc)

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        chunksize = max(1, chunksize)
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def _check_picklable(self, func):
        procs.dumps(func)  # raises in the parent, as CPython's task handler reports it

    def apply_async(self, func, args=(), kwds=None, callback=None, error_callback=None):
        self._check_running()
        self._check_picklable(func)
        kwds = kwds or {}
        result = ApplyResult(self, callback, error_callback)
        call = _Call(func, kwds)
        self._put_task(result, (result._job, 0, call, [tuple(args)], True))
        return result

    def apply(self, func, args=(), kwds=None):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, chunksize, callback, error_callback, star):
        self._check_running()
        self._check_picklable(func)
        chunks = self._chunks(iterable, chunksize)
        result = MapResult(self, callback, error_callback, chunks=len(chunks))
        if not chunks:
            result._success, result._value = True, []
            result._finish()
            return result
        self._submit(result, func, chunks, star)
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, callback, error_callback, False)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, callback, error_callback, True)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError(f"Chunksize must be 1+, not {chunksize:n}")
        self._check_picklable(func)
        # as CPython's task handler: the tasks read before the iterable raised are sent, and its
        # error is the result of the chunk it was building (what next() raises when it gets there)
        items, failure = _read(iterable)
        chunks = [items[i:i + chunksize] for i in range(0, len(items) - len(items) % chunksize, chunksize)]
        if failure is None and len(items) % chunksize:
            chunks.append(items[len(chunks) * chunksize:])
        it = IMapIterator(self, ordered, chunked=chunksize > 1)
        self._submit(it, func, chunks, False)
        if failure is not None:
            it._set(len(chunks), False, failure)
        it._set_length(len(chunks) + (failure is not None))
        if chunksize == 1:
            return it
        return (item for chunk in it for item in chunk)  # as CPython: flattening the chunks

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._tasks.put(None)

    def terminate(self):
        self._state = TERMINATE
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()
        self._results.put(None)
        if self._handler is not threading.current_thread():
            self._handler.join()  # as CPython's terminate joins its helper threads

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        # a retiring worker ends only once its replacement is in the pool: joining whichever
        # is alive until none is waits for the replacements too
        while True:
            alive = [w for w in self._pool if w.exitcode is None]
            if not alive:
                break
            alive[0].join()
        if self._state == CLOSE:
            self._results.put(None)
            self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {RUN: "RUN", CLOSE: "CLOSE", TERMINATE: "TERMINATE"}[self._state]
        return (f"<multiprocessing.pool.{type(self).__name__} state={state} "
                f"pool_size={self._processes}>")


class ThreadPool(Pool):
    """A pool of threads in the calling process: tasks and results are not pickled, and a
    task's exception is the task's own object."""

    _in_processes = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)

    def _new_queues(self):
        return queue.SimpleQueue(), queue.SimpleQueue()

    def _new_worker(self, initializer, initargs):
        from .dummy import DummyProcess

        return DummyProcess(target=worker,
                            args=(self._tasks, self._results, initializer, initargs),
                            daemon=True)

    def _check_picklable(self, func):
        pass

    def terminate(self):
        # threads cannot be killed: as CPython's, pending tasks are dropped and each worker ends
        # after the task it is running; the workers are daemons, so they are not waited for
        self._state = TERMINATE
        while True:
            try:
                self._tasks.get_nowait()
            except queue.Empty:
                break
        for _ in self._pool:
            self._tasks.put(None)
        self._results.put(None)
        if self._handler is not threading.current_thread():
            self._handler.join()
