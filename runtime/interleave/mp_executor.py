"""``concurrent.futures.ProcessPoolExecutor`` on simulated processes.

Installed as ``concurrent.futures.process`` in every run's world (see world.py). It keeps the
executor API (submit, map with timeout and chunksize, shutdown with wait/cancel_futures, the
context manager) and runs the work on a ``multiprocessing.Pool``, so functions and arguments
are pickled as in CPython, and workers are processes running side by side on the virtual
cores, which is what makes CPU-bound work faster than with threads. Workers start on demand,
as CPython 3.9+ starts them with any method but fork (``_WorkerPool.adjust``), and
``max_tasks_per_child`` ends a worker after its tasks and starts another as CPython does.
"""

# pyright: reportAttributeAccessIssue=false
# (the checker reads the standard library's multiprocessing.pool; in a run it is the runtime's shim,
# whose Pool and names this module builds on)
import functools
import itertools
import logging
import os
import threading

from concurrent.futures import _base

import multiprocessing
from multiprocessing.pool import RUN, WORKER_BROKEN, Pool, run_task, send_reply

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


class _RemoteTraceback(Exception):
    """The cause of a task's exception: the worker's traceback, as CPython's executor shows it
    (``concurrent.futures.process._RemoteTraceback``, not the pool's ``RemoteTraceback``)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _process_worker(tasks, results, initializer, initargs, max_tasks=None):
    """A worker of the executor, as CPython's ``_process_worker``: a failing initializer is
    logged and breaks the pool (the worker ends, the pending futures raise BrokenProcessPool);
    after ``max_tasks`` tasks the last reply says the worker ends, and it does."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            LOGGER.critical("Exception in initializer:", exc_info=True)
            results.put((WORKER_BROKEN, 0, False, None))
            return
    done = 0
    while True:
        task = tasks.get()
        if task is None:
            return
        done += 1
        last = max_tasks is not None and done >= max_tasks
        send_reply(results, run_task(task), os.getpid() if last else None)
        task = None  # as CPython's worker: the task's arguments go as soon as it is done
        if last:
            return


class _WorkerPool(Pool):
    """The executor's workers, named as CPython names them (``ForkServerProcess-N``), started on
    demand as CPython 3.9+ starts them with any method but fork (``_adjust_process_count``): a
    submit starts one only while none is idle and fewer than ``max_workers`` were started. A
    worker counts as idle once per reply it sends (CPython's ``_idle_worker_semaphore``, which a
    submit takes back), so one submit at a time, each waited for, keeps one worker busy."""

    _worker_name = "Process"
    _remote_traceback = _RemoteTraceback
    _worker_target = staticmethod(_process_worker)

    def __init__(self, processes, initializer, initargs, max_tasks, on_broken, context):
        self._on_broken = on_broken
        self._max_tasks = max_tasks
        self._idle = 0
        super().__init__(processes, initializer, initargs, context=context)

    def _repopulate_pool(self):
        """None at first: a submit starts them (``adjust``)."""

    def adjust(self):
        """CPython's ``_adjust_process_count``: a submit (or a worker's retirement) takes an idle
        worker if there is one, else starts one while fewer than the pool's size run."""
        if self._idle:
            self._idle -= 1
            return
        if len(self._pool) < self._processes:
            self._start_worker()
            if self._state != RUN:
                self._tasks.put(None)  # started while shutting down: it is told to end too

    def _worker_idle(self):
        self._idle += 1

    def _worker_left(self, pid):
        # as CPython's manager: the worker that sent its last reply is forgotten and joined, and
        # the pool adjusted (a replacement unless an idle worker is counted)
        for w in self._pool:
            if w.pid == pid:
                self._pool.remove(w)
                w.join()
                break
        self.adjust()

    def _worker_args(self, initializer, initargs):
        return (self._tasks, self._results, initializer, initargs, self._max_tasks)

    def _new_worker(self, initializer, initargs):
        w = super()._new_worker(initializer, initargs)
        w.__il_exit_hook__ = self._worker_exited
        return w

    def _worker_exited(self, proc):
        """A worker died while the pool runs (its main module failed without the main guard,
        ``os._exit`` in a task): tell the result handler, as CPython's manager sees the sentinel
        and breaks the pool."""
        if proc.exitcode != 0 and self._state == RUN:
            self._results.put((WORKER_BROKEN, 0, False, None))

    def _start_handler(self):
        # CPython's executor has one helper thread of its own, its manager (a Thread subclass,
        # so named "Thread-1" by threading's counter, with no target in the name); the program's
        # next thread is then "Thread-2 (f)", as there.
        name = threading._newname("Thread-%d")  # pyright: ignore[reportAttributeAccessIssue]
        return super()._start_handler(name)


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
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        if mp_context is None:
            # as CPython 3.14: a worker replaced after max_tasks_per_child starts fresh (spawn)
            mp_context = multiprocessing.get_context("spawn" if max_tasks_per_child is not None else None)
        self._mp_context = mp_context
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._shutdown = False
        self._lock = threading.Lock()
        self._pending = set()
        self._broken = None

    def _ensure_pool(self):
        if self._pool is None:
            self._pool = _WorkerPool(self._max_workers, self._initializer, self._initargs,
                                     self._max_tasks_per_child, self._on_broken, self._mp_context)

    @property
    def _processes(self):
        """CPython's ``{pid: process}`` of the workers started and not retired (its test suite
        counts them: ``test_idle_process_reuse_one``, ``test_saturation``)."""
        return {} if self._pool is None else {w.pid: w for w in self._pool._pool}

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
            except Exception as exc:  # CPython fails it in its queue's feeder, after the adjust below
                self._pending.discard(future)
                future.set_exception(exc)
            self._pool.adjust()
            return future

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # as CPython: one task per chunk of calls, the chunks' results flattened in order
        results = super().map(functools.partial(_process_chunk, fn),
                              itertools.batched(zip(*iterables, strict=False), chunksize, strict=False), timeout=timeout,
                              buffersize=buffersize)
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
