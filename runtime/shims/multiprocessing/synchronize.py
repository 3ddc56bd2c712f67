"""Locks, semaphores, events, conditions and barriers shared between simulated processes.

Locks and semaphores are ``_multiprocessing.SemLock`` as in CPython, and ``Condition`` is built
of them as CPython's is; the others are the runtime's
thread primitives (which work across processes, since every process lives in this interpreter),
with multiprocessing's signatures (``block``, ``timeout=None``). All pass to children by reference.
"""

import importlib
import sys
import threading
import time

import _multiprocessing
from _multiprocessing import RECURSIVE_MUTEX, SEM_VALUE_MAX, SEMAPHORE
from interleave.procs import Shared

__all__ = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event"]




class SemLock(Shared):
    """A lock or semaphore over ``_multiprocessing.SemLock`` (one semaphore for every process),
    its methods the semaphore's own as in CPython."""

    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._semlock = _multiprocessing.SemLock(kind, value, maxvalue, None, True)
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def locked(self):
        return self._semlock._is_zero()

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *exc):
        return self._semlock.__exit__(*exc)

    # what threading.Condition asks of its lock: a wait gives up every level of an RLock
    def _is_owned(self):
        return self._semlock._is_mine()

    def _release_save(self):
        count = self._semlock._count()
        for _ in range(count):
            self._semlock.release()
        return count

    def _acquire_restore(self, count):
        for _ in range(count):
            self._semlock.acquire()


def _here(name):
    """Module ``name`` of the process calling (a lock passes to a child by reference, so its
    methods run with the globals of the process that made it)."""
    return importlib.import_module(name)


def _holder(sem):
    """Who holds ``sem`` and how many times, as CPython's reprs of Lock and RLock say it."""
    if sem._is_mine():
        name = _here("multiprocessing.process").current_process().name
        thread = _here("threading").current_thread().name
        if thread != "MainThread":
            name += "|" + thread
        return name, sem._count()
    if not sem._is_zero():
        return "None", 0
    return ("SomeOtherThread" if sem._count() > 0 else "SomeOtherProcess"), "nonzero"


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        super().__init__(SEMAPHORE, value, SEM_VALUE_MAX)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        return f"<{type(self).__name__}(value={self._semlock._get_value()})>"


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value)

    def __repr__(self):
        sem = self._semlock
        return f"<{type(self).__name__}(value={sem._get_value()}, maxvalue={sem.maxvalue})>"


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        super().__init__(SEMAPHORE, 1, 1)

    def __repr__(self):
        return f"<{type(self).__name__}(owner={_holder(self._semlock)[0]})>"


class RLock(SemLock):
    def __init__(self, *, ctx=None):
        super().__init__(RECURSIVE_MUTEX, 1, 1)

    def __repr__(self):
        name, count = _holder(self._semlock)
        return f"<{type(self).__name__}({name}, {count})>"


class Event(Shared):
    def __init__(self, *, ctx=None):
        self._event = threading.Event()

    def is_set(self):
        return self._event.is_set()

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    def wait(self, timeout=None):
        return self._event.wait(timeout)

    def __repr__(self):
        return f"<{type(self).__qualname__} at {id(self):#x} {'set' if self.is_set() else 'unset'}>"


class Condition(Shared):
    """A condition built of semaphores, as CPython's multiprocessing one is (its
    ``_sleeping_count``, ``_woken_count`` and ``_wait_semaphore`` are there, as its tests and
    repr read them): a waiter counts itself asleep and waits on the wait semaphore; ``notify``
    releases it once per sleeper it wakes and waits until each has woken."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = RLock() if lock is None else lock
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        waiters = self._sleeping_count.get_value() - self._woken_count.get_value()
        return f"<{type(self).__name__}({self._lock}, {waiters})>"

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), "must acquire() condition before using wait()"
        self._sleeping_count.release()  # going to sleep
        held = self._lock._semlock._count()  # every level of an RLock is given up meanwhile
        for _ in range(held):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()  # awake (notified or timed out)
            for _ in range(held):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), "lock is not owned"
        assert not self._wait_semaphore.acquire(False)
        # the sleepers that timed out since the last notify are asleep no more
        while self._woken_count.acquire(False):
            gone = self._sleeping_count.acquire(False)
            assert gone, "notify: Bug in sleeping_count.acquire - res should not be False"
        woken = 0
        while woken < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._woken_count.acquire()  # until each woken sleeper is awake
            while self._wait_semaphore.acquire(False):
                pass  # a sleeper that timed out meanwhile left its release unused

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = None if timeout is None else time.monotonic() + timeout
        while not result:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            self.wait(left)
            result = predicate()
        return result


class Barrier(Shared):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._barrier = threading.Barrier(parties, action, timeout)

    def wait(self, timeout=None):
        try:
            return self._barrier.wait(timeout)
        except threading.BrokenBarrierError:
            # the caller's class (the barrier may have been made in another process)
            raise _here("threading").BrokenBarrierError from None

    def reset(self):
        self._barrier.reset()

    def abort(self):
        self._barrier.abort()

    parties = property(lambda self: self._barrier.parties)
    n_waiting = property(lambda self: self._barrier.n_waiting)
    broken = property(lambda self: self._barrier.broken)
