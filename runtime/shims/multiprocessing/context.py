"""The top-level API of ``multiprocessing``, gathered from the modules beside this one."""

import os

from . import process as _process
from . import reduction  # noqa: F401  (CPython's context holds it, as does multiprocessing.reducer)
from .connection import Pipe  # noqa: F401
from .pool import Pool as _Pool
from .process import Process, active_children, current_process, parent_process  # noqa: F401
from .queues import JoinableQueue, Queue, SimpleQueue  # noqa: F401
from .sharedctypes import Array, RawArray, RawValue, Value  # noqa: F401
from .util import get_logger, log_to_stderr  # noqa: F401
from .synchronize import (  # noqa: F401
    Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore,
)


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_start_method = [None]
_METHODS = ["spawn", "fork", "forkserver"]


def cpu_count():
    return os.cpu_count()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    from .managers import SyncManager  # as CPython: managers imports this module

    m = SyncManager()
    m.start()
    return m


def freeze_support():
    pass


def get_start_method(allow_none=False):
    if _start_method[0] is None and not allow_none:
        _start_method[0] = "spawn"
    return _start_method[0]


def set_start_method(method, force=False):
    if method not in _METHODS and method is not None:
        raise ValueError(f"cannot find context for {method!r}")
    if _start_method[0] is not None and not force:
        raise RuntimeError("context has already been set")
    _start_method[0] = method


def get_all_start_methods():
    return list(_METHODS)


class _Context:
    """``get_context(method)``: the same API; every method behaves like spawn here."""

    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        return globals()[name]

    def Process(self, *args, **kwargs):
        p = Process(*args, **kwargs)
        if "name" not in kwargs:
            p._name = f"{self._name.capitalize()}Process-{p._identity[0]}"
        return p


def get_context(method=None):
    if method is not None and method not in _METHODS:
        raise ValueError(f"cannot find context for {method!r}")
    return _Context(method or get_start_method())


def assert_spawning(obj):
    """CPython raises unless a child is being spawned: objects that only pass by inheritance
    (locks, queues) pass by reference here to every child, so it never raises."""


def set_executable(path):
    pass


def set_forkserver_preload(names):
    pass


def allow_connection_pickling():
    pass


_ = _process
