"""A ``_thread`` module on top of the scheduler.

The standard library's ``threading`` (Thread, Condition, Semaphore, Event, Barrier, Timer,
excepthook, ...), ``queue`` and ``concurrent.futures`` are written in Python over a handful of
``_thread`` primitives: start a thread, a lock, an identity. Providing those primitives on green
threads lets all of that code run unchanged, so its behaviour and its error messages are
CPython's own. ``RLock`` is CPython's C type as ``rlock.py`` builds it on this module's lock (so
``type(threading.RLock())`` is ``_thread.RLock``). ``_local`` is ``thread_local``'s.

Locks are not FIFO: ``release`` wakes the first waiter, but the releasing thread keeps running
and may take the lock again first, as with CPython's locks under the GIL.
"""

import sys
import types
from collections import deque
from typing import Any

from . import context, rlock, thread_local
from .context import sched as _sch
from .contract import Reason
from .patches import builtin
from .thread_signals import deliver_interrupt, unraisable_args, interrupt_main
from .sched import DONE, Abort

TIMEOUT_MAX = 9223372036.0
error = RuntimeError

#: The ident of the main thread of a run (``sched.Green``), also reported outside a run.
_MAIN_IDENT = 0x7F3A_0000_0000 + 0x1000


def _caller_frame():
    """The frame that called into the primitive, for deadlock reports."""
    return sys._getframe(2)


#: What a thread blocked in a lock really waits for, by the class of the library object whose
#: method holds the lock: (module, class name) -> block reason.
_KINDS = {
    ("threading", "Condition"): Reason.CONDITION, ("threading", "Event"): Reason.EVENT,
    ("threading", "Barrier"): Reason.BARRIER, ("threading", "Semaphore"): Reason.SEMAPHORE,
    ("threading", "BoundedSemaphore"): Reason.SEMAPHORE, ("threading", "_PyRLock"): Reason.LOCK,
    ("_thread", "RLock"): Reason.LOCK,
    ("queue", "Queue"): Reason.QUEUE, ("queue", "LifoQueue"): Reason.QUEUE,
    ("queue", "PriorityQueue"): Reason.QUEUE, ("queue", "_PySimpleQueue"): Reason.QUEUE,
    ("_queue", "SimpleQueue"): Reason.QUEUE, ("concurrent.futures._base", "Future"): Reason.FUTURE,
}


#: The modules whose frames ``_why`` reads (``rlock`` is ``_thread.RLock``'s methods).
_LIBRARY = ("threading", "queue", "_queue", rlock.__name__)


def _library_module(frame):
    """The standard-library module (threading, queue, concurrent.futures) a frame runs in,
    by the module the code belongs to, or None."""
    name = frame.f_globals.get("__name__") or ""
    if name in _LIBRARY or name.startswith("concurrent.futures"):
        return name
    return None


def _why(frame):
    """(reason, detail) for a thread blocking in a lock, from the library call that holds it.

    A queue.get, Event.wait or Future.result all end in a lock acquire; the outermost library
    frame before the learner's code says what the learner is really waiting for.
    """
    reason, detail = Reason.LOCK, None
    f = frame
    for _ in range(8):
        if f is None or _library_module(f) is None:
            break
        owner = f.f_locals.get("self")
        cls = type(owner)
        kind = _KINDS.get((cls.__module__, cls.__qualname__)) if owner is not None else None
        if kind is not None:
            reason, detail = kind, f"{cls.__name__.removeprefix('_Py')}.{f.f_code.co_name}()"
        elif f.f_code.co_name in ("wait", "as_completed"):
            reason, detail = Reason.FUTURE, f"concurrent.futures.{f.f_code.co_name}()"
        f = f.f_back
    return reason, detail


#: Seconds of CPU a non-blocking ``acquire`` that fails costs (CPython 3.11 on Linux: ~0.1 us).
FAILED_TRY_COST = 1e-7

#: The largest timeout CPython's clock (int64 nanoseconds) can hold.
_PYTIME_MAX = 2**63 / 1e9


def _check_timeout(blocking, timeout):
    """CPython's checks of a lock's ``timeout``, in its order and with its messages."""
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    if abs(timeout) >= _PYTIME_MAX:  # converting it to the clock's nanoseconds overflows
        if isinstance(timeout, int):
            raise OverflowError("timestamp too large to convert to C PyTime_t")
        raise OverflowError("timestamp out of range for platform time_t")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    """``_thread.lock``: a plain, non-reentrant lock (named as CPython's C type)."""

    __slots__ = ("_locked", "_waiters", "_holder", "__weakref__")

    def __init__(self):
        self._locked = False
        self._waiters = deque()
        self._holder = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_thread.lock' is not an acceptable base type")  # a final C type

    def acquire(self, blocking=True, timeout=-1):
        if timeout != -1:  # -1 passes every check, whatever ``blocking`` is (the common call)
            _check_timeout(blocking, timeout)
        ctx = context._active  # ``_sch()`` read directly: every acquire and hand-off runs this
        if ctx is None:
            raise RuntimeError(context.NO_RUN)
        s = ctx.sched
        if not self._locked:
            self._locked = True
            self._holder = s.current
            return True
        if not blocking:
            # a failed try costs CPU, as it does in CPython, where the clock always moves: a
            # loop of tries against a deadline (concurrent.futures.as_completed(fs, timeout=0)
            # polls an Event with wait(0)) reaches its deadline instead of spinning forever
            s.charge_seconds(FAILED_TRY_COST)
            return False
        deadline = None if timeout == -1 else s.clock + timeout
        g = s.current
        frame = sys._getframe(1)  # ``_caller_frame``, inlined: this is a lock hand-off's path
        if _library_module(frame) is None:  # the learner's own acquire: what ``_why`` returns
            reason, detail = Reason.LOCK, None
        else:
            reason, detail = _why(frame)
        while True:
            self._waiters.append(g)
            woke = s.block(reason, detail, waits_on=self, deadline=deadline, frame=frame)
            if g in self._waiters:
                self._waiters.remove(g)
            if ctx.interrupts or ctx.async_excs:  # ``deliver_interrupt``'s own test, read here
                deliver_interrupt(s)
            if not self._locked:
                self._locked = True
                self._holder = g
                return True
            if woke is False:
                return False

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False
        self._holder = None
        if self._waiters:
            ctx = context._active  # ``_sch()`` read directly: every hand-off runs this
            if ctx is None:
                raise RuntimeError(context.NO_RUN)
            ctx.sched.wake(self._waiters.popleft())

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False
        self._waiters.clear()
        self._holder = None

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __reduce_ex__(self, protocol, /):
        raise TypeError("cannot pickle '_thread.lock' object")  # as a C type without it

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


LockType.__module__ = "_thread"
LockType.__name__ = LockType.__qualname__ = "lock"


def allocate_lock():
    return LockType()


class _ThreadHandle:
    """What ``threading.Thread`` joins: the end of one green thread."""

    __slots__ = ("__il_green__", "_done", "__weakref__")

    def __init__(self):
        self.__il_green__: Any = None  # the sched.green.Green it joins, once started
        self._done = False

    @property
    def ident(self):
        return self.__il_green__.ident if self.__il_green__ is not None else None

    def is_done(self):
        return self._done or (self.__il_green__ is not None and self.__il_green__.state == DONE)

    def _set_done(self):
        if self.__il_green__ is None:
            raise RuntimeError("thread not started")
        self._done = True

    def join(self, timeout=None):
        s = _sch()
        g = self.__il_green__
        if g is None:
            raise RuntimeError("thread not started")
        if g is s.current:
            raise RuntimeError("Cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        deadline = None if timeout is None else s.clock + timeout
        s.join(g, self.is_done, f"join {g.name}", g, deadline, _caller_frame())
        deliver_interrupt(s)


def _make_thread_handle(ident):
    s = _sch()
    handle = _ThreadHandle()
    for g in s.greens:
        if g.ident == ident:
            handle.__il_green__ = g
    return handle


def start_joinable_thread(function, handle=None, daemon=True):
    s = _sch()
    if handle is None:
        handle = _ThreadHandle()
    elif handle.__il_green__ is not None:
        raise RuntimeError("thread already started")
    name = getattr(getattr(function, "__self__", None), "name", None) or "Thread"

    def run():
        function()
        thread_local.release()

    handle.__il_green__ = s.spawn(run, name, daemon)
    return handle


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")

    call = [function, args, kwargs or {}]

    def run():
        # as CPython's: SystemExit ends the thread quietly, anything else goes to the
        # unraisable hook (threading.Thread catches its own before they get here). The call is
        # taken out of ``call`` so that the function is freed when the thread ends, as in
        # CPython (the stack's JavaScript handle outlives the thread a little).
        fn, fn_args, fn_kwargs = call
        call.clear()
        try:
            fn(*fn_args, **fn_kwargs)
        except (SystemExit, Abort) as stop:
            if isinstance(stop, Abort):
                raise  # the run is being unwound: not the thread's error
        except BaseException as exc:
            sys.unraisablehook(unraisable_args()(
                (type(exc), exc, exc.__traceback__,
                 f"Exception ignored in thread started by {fn!r}", None)))
        fn = fn_args = fn_kwargs = None
        thread_local.release()

    g = _sch().spawn(run, "Thread", True)
    return g.ident


def get_ident():
    ctx = context.active()
    return ctx.sched.current.ident if ctx is not None else _MAIN_IDENT


RLock = rlock.build(LockType, get_ident, _check_timeout)


def get_native_id():
    ctx = context.active()
    return ctx.sched.current.native_id if ctx is not None else 1


def _get_main_thread_ident():
    """The running process's main thread (a child's is its first thread, not the root's main)."""
    s = _sch()
    main = getattr(s.current.proc, "main", None)
    return main.ident if main is not None else s.greens[0].ident


def _is_main_interpreter():
    return True


def daemon_threads_allowed():
    return True


def set_name(name):
    s = _sch()
    g = s.current
    g.name = name
    s.trace.rename(g.lane, name)


def _count():
    s = _sch()
    return sum(1 for g in s.greens if not g.is_main and g.state != DONE)


def _stack_size(sizes):
    """``_thread.stack_size`` over this module object's setting (sizes[0]): green threads have
    no stack size of their own, but the setting is kept and reported as CPython's is."""

    def stack_size(size=0, /):
        if size < 0:
            raise ValueError("size must be 0 or a positive value")
        if size and size < 32768:
            raise ValueError(f"size not valid: {size} bytes")
        previous, sizes[0] = sizes[0], size
        return previous

    return stack_size


def _shutdown():
    """Wait for every non-daemon thread of this process (called by ``threading._shutdown``)."""
    s = _sch()
    me = s.current
    while True:
        left = [g for g in s.greens
                if g is not me and g.proc is me.proc and not g.daemon and not g.is_main
                and g.state != DONE]
        if not left:
            return
        g = left[0]
        s.join(g, lambda g=g: g.state == DONE, f"join {g.name}", g, frame=sys._getframe(1))


def exit():
    raise SystemExit


def module():
    """A fresh ``_thread`` module object (the class objects are shared between runs)."""
    m: Any = types.ModuleType("_thread")
    for name in ("TIMEOUT_MAX", "error", "LockType", "RLock", "allocate_lock", "_ThreadHandle",
                 "_make_thread_handle", "start_joinable_thread", "start_new_thread",
                 "get_ident", "get_native_id", "_get_main_thread_ident", "_is_main_interpreter",
                 "daemon_threads_allowed", "set_name", "_count", "_shutdown",
                 "exit"):
        setattr(m, name, globals()[name])
    m._local = thread_local._local
    for fn in (get_ident, get_native_id, thread_local._local):
        fn.__module__ = "_thread"  # as C's (threading's __all__ is checked against it)
    m.allocate_lock = builtin(allocate_lock, "_thread", "allocate_lock")  # as C's: no binding as a method
    m.get_ident, m.get_native_id = (builtin(fn, "_thread", fn.__name__) for fn in (get_ident, get_native_id))
    m.interrupt_main = builtin(interrupt_main, "_thread", "interrupt_main")
    m.stack_size = builtin(_stack_size([0]), "_thread", "stack_size")
    m.lock = LockType
    m.allocate = m.allocate_lock
    m.exit_thread = exit
    m.start_new = start_new_thread
    return m
