"""``multiprocessing`` for Interleave: processes simulated in one interpreter.

Each process is a group of green threads with its own GIL, clock and module world (see
interleave.procs). The API follows CPython's; what crosses between processes is pickled,
and queues, pipes, locks and shared values are shared by reference, as CPython shares them by
inheritance. A Manager is CPython's: a server process that proxies reach by address
(``managers.py``, ``listener.py``). The start methods are CPython 3.14's (``forkserver`` by
default, ``spawn``), and ``fork`` is refused with a message saying why (see context.py).
"""

from .context import (  # noqa: F401
    Array, AuthenticationError, Barrier, BoundedSemaphore, BufferTooShort, Condition, Event,
    JoinableQueue, Lock, Manager, Pipe, Pool, Process, ProcessError, Queue, RawArray, RawValue, RLock, Semaphore,
    SimpleQueue, TimeoutError, Value, active_children, allow_connection_pickling, cpu_count,
    current_process, freeze_support, get_all_start_methods, get_context, get_logger,
    get_start_method, log_to_stderr, parent_process, set_executable, set_forkserver_preload,
    set_start_method,
)
from .reduction import AbstractReducer as _Reducer

reducer = _Reducer  # CPython's context.reducer: the module of pickling helpers

SUBDEBUG = 5
SUBWARNING = 25

__all__ = [
    "Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort", "Condition",
    "Event", "JoinableQueue", "Lock", "Manager", "Pipe", "Pool", "Process", "ProcessError",
    "Queue", "RawArray", "RawValue", "RLock", "Semaphore", "SimpleQueue", "TimeoutError", "Value", "active_children",
    "cpu_count", "current_process", "freeze_support", "get_all_start_methods", "get_context",
    "get_logger", "get_start_method", "log_to_stderr", "parent_process", "set_start_method",
]
