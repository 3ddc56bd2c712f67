"""Whether the interpreter's shutdown could still change what a program's run shows.

A tests run (the program, then the exercise's tests in its namespace) can also hand back the
program's own result as the run without tests would have returned it (``programResult``), so that
a check makes one run where it made two. That run's result includes the interpreter's shutdown
after the program (``Run._shutdown``): ``threading._shutdown`` joins the non-daemon threads, the
exit functions run, the ``__main__`` globals are cleared (``finalize.clear_main``), daemon threads
are dropped. Each of these may print, take virtual time or raise. The program's result can be
taken before the tests only when none of them can do anything, and :func:`left_for_shutdown`
says so, conservatively:

- every thread but the main one, in every process, has ended;
- no exit function is registered but the standard library's own, each in a state where it does
  nothing: ``concurrent.futures``' (it joins threads, all ended), ``multiprocessing``'s (the
  runtime's own, ``shims/multiprocessing/process.py``) with no exit finalizer and no log, and
  ``logging``'s flush of plain stream and file handlers;
- nothing the ``__main__`` globals reach would run code or warn when it is freed: no object
  whose class has a ``__del__`` (but asyncio futures done with their exception retrieved, and
  pools no longer running), no coroutine or generator that started and did not finish or a
  coroutine never started, no weak reference with a callback other than the ``weakref`` module's
  own bookkeeping. What ``__main__`` does not reach is freed as the run's world is put back, after
  the result is taken, in both runs alike; cyclic garbage is collected silently at the end.

Anything else, a graph too large to walk included, counts as something left to do: the checker
then makes the program's run on its own. The walk reads objects without running any of the
program's code: no attribute of the program's classes is looked up through them (a metaclass's
``__getattribute__``), no ``isinstance`` (which reads ``__class__``), no hash or comparison.
"""

import gc
import inspect
import sys
import types
import weakref
from typing import Any

from .meter import Meter
from .output import Collector, Stream
from .sched import Scheduler

#: Bound when the runtime is imported, before ``seal.lock_down`` refuses these to programs.
_referents = gc.get_referents
_is_tracked = gc.is_tracked
#: A class's own MRO and namespace, read without its metaclass.
_TYPE: Any = vars(type)
_mro_of = _TYPE["__mro__"].__get__
_dict_of = _TYPE["__dict__"].__get__
_flags_of = _TYPE["__flags__"].__get__
_HEAPTYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made by a class statement or type()
_namespace_of = vars(types.ModuleType)["__dict__"].__get__  # past a sealed module's guard
_callback_of = vars(weakref.ReferenceType)["__callback__"].__get__

#: The runtime's parts a program's namespace reaches (its hooks are the meter's methods, its
#: threads' ``_stderr`` a stream): the run holds them, and the walk does not go through them.
_RUNTIME_HUBS = (Meter, Collector, Stream, Scheduler)

#: More objects than this reached from ``__main__``, or more references read in all: not walked,
#: counted as something left (walking 20,000 objects takes some 50 ms in Pyodide; reading a
#: reference in C, to skip it when it is an int or a string, some 30 ns).
MAX_OBJECTS = 20_000
MAX_REFERENCES = 2_000_000

#: Coroutines and generators: how to read their state, and the states in which freeing one runs
#: nothing and says nothing (a generator not yet started is closed without running; a coroutine
#: never awaited is reported).
_STATES = (
    (types.CoroutineType, inspect.getcoroutinestate, ("CORO_CLOSED",)),
    (types.GeneratorType, inspect.getgeneratorstate, ("GEN_CLOSED", "GEN_CREATED")),
    (types.AsyncGeneratorType, inspect.getasyncgenstate, ("AGEN_CLOSED", "AGEN_CREATED")),
)


def left_for_shutdown(sched, main) -> str | None:
    """Why shutting down after the program could change its result, or None when it cannot.
    Called on the main thread right after the program's last line (or its uncaught error)."""
    if not sched.only_main_left():
        return "a thread is still running"
    why = _exit_functions()
    if why is not None:
        return why
    return _finalizers(_namespace_of(main), _boundaries(sched))


def _exit_functions() -> str | None:
    atexit = sys.modules.get("atexit")
    callbacks: list = getattr(atexit, "__il_callbacks__", [])
    for func, _args, _kwargs in list(callbacks):
        if not _quiet_exit_function(func):
            return "an exit function of the program's"
    threading = sys.modules.get("threading")
    for call in list(getattr(threading, "_threading_atexits", ())):
        func = _registered(threading, call)
        if func is None or not _quiet_exit_function(func):
            return "a threading exit function of the program's"
    return None


def _registered(threading, call):
    """The function ``threading._register_atexit`` was given, from the call it made of it (a
    ``lambda: func(*arg, **kwargs)`` in 3.14), when it was given no arguments; else None."""
    if type(call) is not types.FunctionType or call.__globals__ is not _namespace_of(threading):
        return None
    cells = dict(zip(call.__code__.co_freevars, (c.cell_contents for c in call.__closure__ or ()), strict=False))
    if cells.get("arg") != () or cells.get("kwargs") != {}:
        return None
    return cells.get("func")


def _quiet_exit_function(func) -> bool:
    """Whether ``func`` is one of the standard library's exit functions and would do nothing now."""
    futures_thread = sys.modules.get("concurrent.futures.thread")
    if futures_thread is not None and func is _namespace_of(futures_thread).get("_python_exit"):
        return True  # it wakes and joins the pools' threads, all ended (checked first)
    process = sys.modules.get("multiprocessing.process")
    if process is not None and func is _namespace_of(process).get("_exit_function"):
        # once only: it logs each step, runs the finalizers that have an exit priority, and
        # joins the children (all ended)
        util = _namespace_of(sys.modules["multiprocessing.util"])
        keys = list(util["_finalizers"])
        return util["_exiting"] is True or (util["_logger"] is None and all(
            type(key) is tuple and key[0] is None for key in keys))
    logging = sys.modules.get("logging")
    if logging is not None and func is _namespace_of(logging).get("shutdown"):
        quiet = (logging.StreamHandler, logging.FileHandler, logging.NullHandler,
                 _namespace_of(logging).get("_StderrHandler"))
        refs = list(_namespace_of(logging).get("_handlerList", ()))
        if any(type(ref) is not weakref.ReferenceType for ref in refs):
            return False
        handlers = [ref() for ref in refs]
        return all(h is None or any(type(h) is kind for kind in quiet) for h in handlers)
    return False


def _finalizers(namespace: dict, stop) -> str | None:
    """Why something ``namespace`` reaches would run code or warn when freed, or None."""
    seen = {id(namespace)}
    stack = [namespace]
    budget = MAX_REFERENCES
    while stack:
        obj = stack.pop()
        why = _finalizer_of(obj)
        if why is not None:
            return why
        refs = _referents(obj)
        budget -= len(refs)
        if budget < 0:
            return "containers too large to walk"
        for ref in filter(_is_tracked, refs):
            if id(ref) not in seen and not stop(ref):
                seen.add(id(ref))
                stack.append(ref)
        if len(seen) > MAX_OBJECTS:
            return "too many objects to walk"
    return None


def _boundaries(sched):
    """What the walk does not enter, which clearing ``__main__`` does not free: the modules (the
    main process's, and those the other processes' worlds keep while they do not run), their
    namespaces and what these name, C classes and the classes the modules define, and the
    runtime's own parts (its meter, hooks and streams, which the run holds)."""
    loaded = list(sys.modules.values())
    for proc in sched.procs:
        loaded += list(proc.world.values())
    modules = [m for m in loaded if issubclass(type(m), types.ModuleType)]
    main = sys.modules.get("__main__")
    held = {id(m) for m in modules}
    for module in modules:
        if module is not main:
            space = _namespace_of(module)
            held.add(id(space))
            held.update(map(id, list(space.values())))

    def stop(obj) -> bool:
        if id(obj) in held:
            return True
        kind = type(obj)
        if issubclass(kind, type):
            return not _flags_of(obj) & _HEAPTYPE  # a C class; a module's own are held (above)
        return any(kind is hub for hub in _RUNTIME_HUBS)

    return stop


def _finalizer_of(obj) -> str | None:
    kind = type(obj)
    for generator, state, ended in _STATES:
        if kind is generator:
            return None if state(obj) in ended else "a coroutine or generator not finished"
    if _weak_callback(obj):
        return "a weak reference that calls back when it is freed"
    if not any("__del__" in _dict_of(k) for k in _mro_of(kind)):
        return None
    if _quiet_when_freed(obj, kind):
        return None
    return "an object with __del__"


def _weak_callback(obj) -> bool:
    """Whether a weak reference to ``obj`` calls something other than the ``weakref`` module's
    own bookkeeping (a WeakSet's or a weak dictionary's removal of the entry) when it is freed."""
    if weakref.getweakrefcount(obj) == 0:
        return False
    for ref in weakref.getweakrefs(obj):
        if not issubclass(type(ref), weakref.ReferenceType):
            return True  # a proxy: its callback cannot be read without reaching through it
        callback = _callback_of(ref)
        if callback is None:
            continue
        if type(callback) is not types.FunctionType or not any(
                callback.__globals__ is _namespace_of(module) for module in _bookkeepers()):
            return True
    return False


def _bookkeepers():
    """The modules whose weak references call back only to drop an entry of a weak container."""
    modules = (sys.modules.get("weakref"), sys.modules.get("_weakrefset"))
    return [m for m in modules if m is not None and issubclass(type(m), types.ModuleType)]


def _quiet_when_freed(obj, kind) -> bool:
    """Standard objects whose ``__del__`` does nothing in their state: an asyncio future done,
    its exception retrieved; a multiprocessing pool closed or terminated."""
    futures = _namespace_of(sys.modules.get("asyncio.futures") or types)
    tasks = _namespace_of(sys.modules.get("asyncio.tasks") or types)
    # the tasks' class is the runtime's subclass of the C Task (aio, stable_hash.slot_type)
    asyncio_types = [futures.get(name) for name in ("Future", "_CFuture", "_PyFuture")]
    asyncio_types += [tasks.get(name) for name in ("Task", "_CTask", "_PyTask")]
    if any(kind is t for t in asyncio_types if t is not None):
        return bool(obj.done()) and not obj._log_traceback
    pool = sys.modules.get("multiprocessing.pool")
    if pool is not None and any(kind is _namespace_of(pool).get(name) for name in ("Pool", "ThreadPool")):
        state = vars(obj).get("_state")
        return type(state) is int and state != _namespace_of(pool)["RUN"]
    return False
