"""``concurrent.futures.ProcessPoolExecutor`` on simulated processes.

Installed as ``concurrent.futures.process`` in every run's world (see world.py). It keeps the
executor API (submit, map with timeout and chunksize, shutdown with wait/cancel_futures, the
context manager) and runs the work on a ``multiprocessing.Pool``, so functions and arguments
are pickled as in CPython, and workers are processes running side by side on the virtual
cores, which is what makes CPU-bound work faster than with threads.
"""

import os
import threading

from concurrent.futures import _base

import multiprocessing
from multiprocessing.pool import Pool

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker of a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._shutdown = False
        self._lock = threading.Lock()
        self._pending = set()

    def _ensure_pool(self):
        if self._pool is None:
            self._pool = Pool(self._max_workers, self._initializer, self._initargs)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
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
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for f in list(self._pending):
                    f.cancel()
        if self._pool is None:
            return
        if wait:
            _base.wait(list(self._pending))
            self._pool.close()
            self._pool.join()
        else:
            self._pool.close()

    def __repr__(self):
        return f"<concurrent.futures.process.ProcessPoolExecutor object at {id(self):#x}>"


_ = multiprocessing
