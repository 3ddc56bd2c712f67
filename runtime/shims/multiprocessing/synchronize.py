"""Locks, semaphores, events, conditions and barriers shared between simulated processes.

Locks and semaphores are ``_multiprocessing.SemLock`` as in CPython; the others are the runtime's
thread primitives (which work across processes, since every process lives in this interpreter),
with multiprocessing's signatures (``block``, ``timeout=None``). All pass to children by reference.
"""

import threading

import _multiprocessing
from _multiprocessing import RECURSIVE_MUTEX, SEM_VALUE_MAX, SEMAPHORE
from interleave.procs import Shared

from . import process


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


def _holder(sem):
    """Who holds ``sem`` and how many times, as CPython's reprs of Lock and RLock say it."""
    if sem._is_mine():
        name = process.current_process().name
        if threading.current_thread().name != "MainThread":
            name += "|" + threading.current_thread().name
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
    def __init__(self, lock=None, *, ctx=None):
        self._cond = threading.Condition(RLock() if lock is None else lock)

    def acquire(self, *args):
        return self._cond.acquire(*args)

    def release(self):
        self._cond.release()

    def wait(self, timeout=None):
        return self._cond.wait(timeout)

    def wait_for(self, predicate, timeout=None):
        return self._cond.wait_for(predicate, timeout)

    def notify(self, n=1):
        self._cond.notify(n)

    def notify_all(self):
        self._cond.notify_all()

    def __enter__(self):
        return self._cond.__enter__()

    def __exit__(self, *exc):
        return self._cond.__exit__(*exc)


class Barrier(Shared):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._barrier = threading.Barrier(parties, action, timeout)

    def wait(self, timeout=None):
        return self._barrier.wait(timeout)

    def reset(self):
        self._barrier.reset()

    def abort(self):
        self._barrier.abort()

    parties = property(lambda self: self._barrier.parties)
    n_waiting = property(lambda self: self._barrier.n_waiting)
    broken = property(lambda self: self._barrier.broken)
