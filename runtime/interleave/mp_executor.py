"""``concurrent.futures.ProcessPoolExecutor`` on simulated processes.

Installed as ``concurrent.futures.process`` in every run's world (see world.py). It keeps the
executor API (submit, map with timeout and chunksize, shutdown with wait/cancel_futures, the
context manager) and runs the work on a ``multiprocessing.Pool``, so functions and arguments
are pickled as in CPython, and workers are processes running side by side on the virtual
cores, which is what makes CPU-bound work faster than with threads.
"""

import functools
import itertools
import logging
import os
import threading

from concurrent.futures import _base

import multiprocessing
from multiprocessing.pool import BrokenWorker, Pool  # pyright: ignore[reportAttributeAccessIssue] (the runtime's own shim)

EXTRA_QUEUED_CALLS = 1
LOGGER = logging.getLogger("concurrent.futures")
#: CPython's messages: for the futures pending when a worker died, and for a later submit.
BROKEN_PENDING = ("A process in the process pool was terminated abruptly while the future was "
                  "running or pending.")
BROKEN_POOL = "A child process terminated abruptly, the process pool is not usable anymore"


def _check_system_limits():
    """CPython raises NotImplementedError where processes cannot run; simulated ones always can
    (CPython's test suite imports this)."""


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker of a ProcessPoolExecutor terminated abruptly."""


class _Initializer:
    """The executor's initializer in a worker: a failure is logged as CPython logs it and breaks
    the pool (the worker ends, the pending futures raise BrokenProcessPool)."""

    def __init__(self, initializer, initargs):
        self.initializer = initializer
        self.initargs = initargs

    def __call__(self):
        try:
            self.initializer(*self.initargs)
        except BaseException:
            LOGGER.critical("Exception in initializer:", exc_info=True)
            raise BrokenWorker() from None


class _WorkerPool(Pool):
    """The executor's workers, named as CPython names them (``ForkServerProcess-N``)."""

    _worker_name = "Process"

    def __init__(self, processes, initializer, on_broken, context):
        self._on_broken = on_broken
        super().__init__(processes, initializer, context=context)

    def _start_handler(self):
        # CPython's executor has one helper thread of its own, its manager (a Thread subclass,
        # so named "Thread-1" by threading's counter, with no target in the name); the program's
        # next thread is then "Thread-2 (f)", as there.
        name = threading._newname("Thread-%d")  # pyright: ignore[reportAttributeAccessIssue]
        return super()._start_handler(name)  # pyright: ignore[reportAttributeAccessIssue] (the shim's Pool)


def _process_chunk(fn, chunk):
    """One chunk of ``map`` in a worker, as CPython sends it."""
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if mp_context is None:
            # as CPython 3.14: a worker replaced after max_tasks_per_child starts fresh (spawn)
            mp_context = multiprocessing.get_context("spawn" if max_tasks_per_child is not None else None)
        self._mp_context = mp_context
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._shutdown = False
        self._lock = threading.Lock()
        self._pending = set()
        self._broken = None

    def _ensure_pool(self):
        if self._pool is None:
            init = None if self._initializer is None else _Initializer(self._initializer, self._initargs)
            self._pool = _WorkerPool(self._max_workers, init, self._on_broken, self._mp_context)

    def _on_broken(self):
        """A worker's initializer failed (in the pool's result handler thread)."""
        with self._lock:
            if self._broken is not None:
                return
            self._broken = BROKEN_POOL
            pending, self._pending = list(self._pending), set()
        for future in pending:
            if not future.done():
                future.set_exception(BrokenProcessPool(BROKEN_PENDING))

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken is not None:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            self._ensure_pool()
            future = _base.Future()
            future.set_running_or_notify_cancel()
            self._pending.add(future)

            def done(value):
                self._pending.discard(future)
                if not future.done():
                    future.set_result(value)

            def failed(exc):
                self._pending.discard(future)
                if not future.done():
                    future.set_exception(exc)

            assert self._pool is not None  # made by _ensure_pool
            try:
                self._pool.apply_async(fn, args, kwargs, callback=done, error_callback=failed)
            except Exception as exc:
                self._pending.discard(future)
                future.set_exception(exc)
            return future

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # as CPython: one task per chunk of calls, the chunks' results flattened in order
        results = super().map(functools.partial(_process_chunk, fn),
                              itertools.batched(zip(*iterables, strict=False), chunksize, strict=False), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for f in list(self._pending):
                    f.cancel()
        if self._pool is None:
            return
        if self._broken is not None:
            self._pool.terminate()  # as CPython: a broken pool's workers are all ended
        elif wait:
            _base.wait(list(self._pending))
            self._pool.close()
            self._pool.join()
        else:
            self._pool.close()

    def __repr__(self):
        return f"<concurrent.futures.process.ProcessPoolExecutor object at {id(self):#x}>"


_ = multiprocessing
