"""Locks, semaphores, events, conditions and barriers shared between simulated processes.

They are the runtime's thread primitives (which work across processes, since every process
lives in this interpreter), with multiprocessing's signatures (``block``, ``timeout=None``) and
passed to children by reference.
"""

import threading

from interleave.procs import Shared


class Lock(Shared):
    def __init__(self, *, ctx=None):
        self._lock = threading.Lock()

    def acquire(self, block=True, timeout=None):
        if not block:
            return self._lock.acquire(False)
        return self._lock.acquire(True, -1 if timeout is None else max(0.0, timeout))

    def release(self):
        try:
            self._lock.release()
        except RuntimeError:
            raise ValueError("semaphore or lock released too many times") from None

    def locked(self):
        return self._lock.locked()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return f"<Lock(owner={'SomeOtherProcess' if self._lock.locked() else 'None'})>"


class RLock(Lock):
    def __init__(self, *, ctx=None):
        self._lock = threading.RLock()

    def locked(self):
        return self._lock._is_owned() if hasattr(self._lock, "_is_owned") else False

    def __repr__(self):
        return "<RLock(None, 0)>"


class Semaphore(Shared):
    def __init__(self, value=1, *, ctx=None):
        self._sem = threading.Semaphore(value)

    def acquire(self, block=True, timeout=None):
        return self._sem.acquire(block, timeout)

    def release(self):
        self._sem.release()

    def get_value(self):
        return self._sem._value

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return f"<{type(self).__name__}(value={self.get_value()})>"


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        self._sem = threading.BoundedSemaphore(value)

    def release(self):
        try:
            self._sem.release()
        except ValueError:
            raise ValueError("semaphore or lock released too many times") from None


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


class Condition(Shared):
    def __init__(self, lock=None, *, ctx=None):
        inner = lock._lock if isinstance(lock, Lock) else threading.RLock()
        self._cond = threading.Condition(inner)

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
