"""The top-level API of ``multiprocessing`` and its start methods, as CPython 3.14 has them.

``get_context(method)`` returns one context object per method (``ForkServerContext``,
``SpawnContext``, ``ForkContext``); the module's own functions are those of the default context,
whose method is set at most once (``set_start_method``) and otherwise becomes ``forkserver``,
CPython 3.14's default on Linux, the first time something needs it. A child started by
``forkserver`` or ``spawn`` runs the main module again as ``__mp_main__`` and receives its target
pickled, in both; they differ in their start cost (``interleave.procs.START_COSTS``).

``fork`` is listed, as on Linux, but not available: a forked child is a copy of its parent's
memory (its globals, its threads' locks, the main module never run again), and a simulated
process cannot copy its parent's module world. Running it as forkserver would teach the wrong
lesson (a lambda target fails, globals set after import are missing), so ``get_context('fork')``
refuses with ``ValueError`` saying why, as CPython refuses a method its platform lacks.
"""

import os

from . import process
from . import reduction  # noqa: F401  (CPython's context holds it, as does multiprocessing.reducer)
from .connection import Pipe  # noqa: F401
from .pool import Pool as _Pool
from .process import active_children, current_process, parent_process  # noqa: F401
from .queues import JoinableQueue, Queue, SimpleQueue  # noqa: F401
from .sharedctypes import Array, RawArray, RawValue, Value  # noqa: F401
from .util import get_logger, log_to_stderr  # noqa: F401
from .synchronize import (  # noqa: F401
    Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore,
)

__all__ = []


FORK_UNAVAILABLE = ("fork start method not available: Interleave simulates every process in one "
                    "interpreter and cannot copy a parent's memory into a child; use 'forkserver' "
                    "(the default) or 'spawn', which start a child from a fresh interpreter")


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    return os.cpu_count()


def Manager():
    from .managers import SyncManager  # as CPython: managers imports this module

    m = SyncManager()
    m.start()
    return m


def freeze_support():
    pass


def assert_spawning(obj):
    """CPython raises unless a child is being spawned: objects that only pass by inheritance
    (locks, queues) pass by reference here to every child, so it never raises."""


def set_executable(path):
    pass


def set_forkserver_preload(module_names):
    if not all(type(name) is str for name in module_names):
        raise TypeError("module_names must be a list of strings")


def allow_connection_pickling():
    pass


class BaseContext:
    """What every context offers: the module's API, with ``Process`` and ``Pool`` of its method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError
    _name = None

    def __getattr__(self, name):
        # the rest of the API (Queue, Lock, Value, Manager...) is the same for every method
        value = _API.get(name)
        if value is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return value

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return _Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            ctx = _concrete_contexts[method]
        except (KeyError, TypeError):
            raise ValueError(f"cannot find context for {method!r}") from None
        ctx._check_available()
        return ctx

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError("cannot set start method of concrete context")

    def get_all_start_methods(self):
        return _default_context.get_all_start_methods()

    def _check_available(self):
        pass


class Process(process.BaseProcess):
    """``multiprocessing.Process``: started with the default context's method, which starting
    it fixes if nothing has yet."""

    _start_method = None

    def _resolve_method(self):
        return _default_context.get_context()._name


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError("context has already been set")
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        """The supported start methods, the default first (as CPython 3.14 lists them)."""
        default = self._default_context._name
        return [default] + [name for name in _concrete_contexts if name != default]


class ForkProcess(process.BaseProcess):
    _start_method = "fork"

    def _resolve_method(self):
        raise ValueError(FORK_UNAVAILABLE)


class SpawnProcess(process.BaseProcess):
    _start_method = "spawn"


class ForkServerProcess(process.BaseProcess):
    _start_method = "forkserver"


class ForkContext(BaseContext):
    _name = "fork"
    Process = ForkProcess

    def _check_available(self):
        raise ValueError(FORK_UNAVAILABLE)


class SpawnContext(BaseContext):
    _name = "spawn"
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = "forkserver"
    Process = ForkServerProcess


_concrete_contexts = {
    "fork": ForkContext(),
    "spawn": SpawnContext(),
    "forkserver": ForkServerContext(),
}
_default_context = DefaultContext(_concrete_contexts["forkserver"])


def _force_start_method(method):
    """In a child: its start method is the one that started it (CPython's bootstrap does this)."""
    _default_context._actual_context = _concrete_contexts[method]


get_context = _default_context.get_context
get_start_method = _default_context.get_start_method
set_start_method = _default_context.set_start_method
get_all_start_methods = _default_context.get_all_start_methods
Pool = _default_context.Pool

_API = {name: value for name, value in globals().items() if not name.startswith("_")}
