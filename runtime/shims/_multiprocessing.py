"""``_multiprocessing`` for Interleave: the C module's ``SemLock`` as a semaphore shared between
the run's simulated processes (they live in one interpreter, so one of the runtime's locks, or a
counter under one of its conditions, serves them all), with the C type's rules: ownership by (process,
thread), the recursive mutex kind, "released too many times" past ``maxvalue``, names that
``sem_unlink`` removes. ``multiprocessing.synchronize`` builds its locks on it, as CPython's does.
"""

import os
import threading

from interleave.procs import Shared

RECURSIVE_MUTEX, SEMAPHORE = 0, 1
SEM_VALUE_MAX = 2147483647
flags = {"HAVE_SEM_OPEN": 1, "HAVE_SEM_TIMEDWAIT": 1}

#: Names of the run's live named semaphores (``sem_open``'s namespace), renewed with the module.
_names = set()




class SemLock(Shared):
    """``SemLock(kind, value, maxvalue, name, unlink)``: a counting semaphore (``SEMAPHORE``) or a
    recursive mutex (``RECURSIVE_MUTEX``), passed to a child by reference."""

    def __init__(self, kind, value, maxvalue, name, unlink):
        if kind not in (RECURSIVE_MUTEX, SEMAPHORE):
            raise ValueError("unrecognized kind")
        if value < 0 or value > SEM_VALUE_MAX:
            raise ValueError("invalid value")
        if name is not None:
            if name in _names:
                raise FileExistsError(17, "File exists")
            if not unlink:
                _names.add(name)
        self.kind, self.maxvalue, self.name = kind, maxvalue, name
        self.handle = id(self) & 0xFFFFFFFF
        # the C type's count and last_tid live in each process's copy of the object: per pid here
        self._count_in = {}  # pid -> acquisitions not yet released
        self._owner_in = {}  # pid -> the thread that acquired last
        if maxvalue == 1:
            # a lock: the runtime's own, so the timeline and the deadlock report see a Lock
            self._lock = threading.Lock()
            if value == 0:
                self._lock.acquire()
        else:
            self._value = value
            self._cond = threading.Condition(threading.Lock())

    @classmethod
    def _rebuild(cls, handle, kind, maxvalue, name):
        raise OSError("a SemLock is passed to a child by reference here, never rebuilt")

    def _is_mine(self):
        pid = os.getpid()
        return self._count_in.get(pid, 0) > 0 and self._owner_in.get(pid) == threading.get_ident()

    def _counted(self, step):
        pid = os.getpid()
        self._count_in[pid] = self._count_in.get(pid, 0) + step
        if step > 0:
            self._owner_in[pid] = threading.get_ident()

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._is_mine():
            self._counted(1)
            return True
        wait = -1 if timeout is None else max(0.0, timeout)
        if self.maxvalue == 1:
            if not (self._lock.acquire(True, wait) if block else self._lock.acquire(False)):
                return False
        else:
            with self._cond:
                ready = lambda: self._value > 0
                if not ready() and not (block and self._cond.wait_for(ready, None if wait < 0 else wait)):
                    return False
                self._value -= 1
        self._counted(1)
        return True

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count() > 1:
                self._counted(-1)
                return
        if self.maxvalue == 1:
            if not self._lock.locked():
                raise ValueError("semaphore or lock released too many times")
            self._lock.release()
        else:
            with self._cond:
                if self._value >= self.maxvalue:
                    raise ValueError("semaphore or lock released too many times")
                self._value += 1
                self._cond.notify()
        self._counted(-1)

    def _count(self):
        return self._count_in.get(os.getpid(), 0)

    def _get_value(self):
        return int(not self._lock.locked()) if self.maxvalue == 1 else self._value

    def _is_zero(self):
        return self._get_value() == 0

    def _after_fork(self):
        self._count_in.pop(os.getpid(), None)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


def sem_unlink(name):
    try:
        _names.remove(name)
    except KeyError:
        raise FileNotFoundError(2, "No such file or directory") from None
