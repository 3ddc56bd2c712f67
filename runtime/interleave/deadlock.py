"""The wait-for report of a deadlocked run: who waits for what, and who holds it.

As a thread blocks, the scheduler reads its frames (``Where``): walking out from the frame that
called the blocking primitive finds
the standard-library call the learner made (``queue.get``, ``Condition.wait``, ``Thread.join``,
``Future.result``, ...) and the learner's own line; a lock's holder is recorded by the lock, and
the learner's name for the lock is looked up among the variables visible from that line.
"""

import sys

from .contract import DeadlockKey, Reason, WaiterKey

#: The program's modules: the main module, and the main module run again in a child process.
PROGRAM_MODULES = ("__main__", "__mp_main__")

#: What a library call (module, function) the learner made waits for.
_CALLS = {
    ("queue", "get"): "queue.get() on an empty queue",
    ("queue", "put"): "queue.put() on a full queue",
    ("queue", "join"): "queue.join() (unfinished tasks)",
    ("threading", "wait_for"): "Condition.wait_for()",
    ("threading", "join"): None,  # described from the thread joined
    ("concurrent.futures._base", "result"): "Future.result()",
    ("concurrent.futures._base", "exception"): "Future.exception()",
    ("concurrent.futures._base", "wait"): "concurrent.futures.wait()",
    ("concurrent.futures._base", "as_completed"): "concurrent.futures.as_completed()",
}

_WAITS = {"Condition", "Event", "Barrier", "Semaphore", "BoundedSemaphore"}
_RLOCKS = {"_PyRLock", "RLock", "_RLock"}


def _module_of(frame):
    """The name of the module a frame's code belongs to."""
    return frame.f_globals.get("__name__")


class Where:
    """Where a thread blocked, read from its frames while they run (``locate``, called by the
    scheduler as the thread blocks). A suspended thread's frames must not be read: Pyodide's
    stack switching keeps only the running thread's frames in place, and reading another's (a
    pool's result-handler thread, say) crashes the interpreter."""

    __slots__ = ("line", "lib_module", "lib_func", "owner", "scopes")

    def __init__(self, frame, entry):
        # one walk outward (every blocking call makes one, so it is a hand-off's hot path): the
        # learner's frame, and the outermost library frame below it, which says what was called
        user = lib = None
        f = frame
        while f is not None:
            if f.f_globals.get("__name__") in PROGRAM_MODULES:
                user = f
                break
            lib = f
            if f.f_code is entry:
                break
            f = f.f_back
        self.line = user.f_lineno if user is not None else None
        if lib is not None and lib is not frame:
            self.lib_module, self.lib_func = _module_of(lib), lib.f_code.co_name
            self.owner = lib.f_locals.get("self")
        else:
            self.lib_module = self.lib_func = self.owner = None
        # the learner's names, to say which lock: a copy of a function's locals (its frame is
        # gone or moved by the time a deadlock is reported), a module's globals as they are
        self.scopes = () if user is None else (
            (user.f_globals,) if user.f_locals is user.f_globals else (dict(user.f_locals), user.f_globals))


def _threading_class(obj):
    """The class name of ``obj`` when its class is one of ``threading``'s or ``_thread``'s own
    (``RLock``), else None."""
    cls = type(obj)
    return cls.__qualname__ if cls.__module__ in ("threading", "_thread") else None


def _inner_lock(value):
    """The runtime lock a lock object waits on: a multiprocessing lock's (inside its
    ``_multiprocessing.SemLock``) or a ``_thread.RLock``'s."""
    module = type(value).__module__
    if module == "multiprocessing.synchronize":
        return getattr(value._semlock, "_lock", None)
    if module == "_thread" and type(value).__qualname__ == "RLock":
        return value._block
    return None


def _named(scopes, obj):
    """(the learner's name, the learner's object) for ``obj`` or the lock object ``obj`` is
    inside, if one is visible in ``scopes``, else (None, None)."""
    for scope in scopes:
        for key, value in scope.items():
            if value is obj and not key.startswith("__"):
                return key, value
            if _inner_lock(value) is obj and not key.startswith("__"):
                return key, value
        for key, value in scope.items():  # one level into objects: self.lock, account.lock
            attrs = getattr(value, "__dict__", None)
            if isinstance(attrs, dict) and not key.startswith("__"):
                for attr, inner in attrs.items():
                    if inner is obj or _inner_lock(inner) is obj:
                        return f"{key}.{attr}", inner
    return None, None


def _describe(sched, g):
    """(what g waits for, who holds it, learner line)."""
    where = g.where
    line = where.line if where is not None else None
    holder = None
    if g.reason == Reason.JOIN:
        target = g.waits_on
        return f"{target.name} to finish (join)", None, line
    if g.reason == Reason.SELECT:
        owner = getattr(g.waits_on, "loop", None)  # the selector knows its loop (aio.py)
        loop = owner() if owner is not None else None
        parts = []
        for name, tline, what in _task_lines(loop) if loop else []:
            parts.append(f"{name} awaits {what}" + (f" at line {tline}" if tline else ""))
        what = "the event loop: no task can continue" + (f" ({'; '.join(parts)})" if parts else "")
        return what, None, line
    lock = g.waits_on
    if g.reason == Reason.LOCK and getattr(lock, "_holder", None) is not None:
        holder = _display_name(sched, lock._holder)
    scopes = where.scopes if where is not None else ()
    if where is not None and where.lib_func is not None:
        mod, func, owner = where.lib_module, where.lib_func, where.owner
        kind = _threading_class(owner) if owner is not None else None
        label = _named(scopes, owner)[0] if owner is not None else None
        what = _CALLS.get((mod, func))
        if what:
            if label:
                what = f"{label}: {what}"
            return what, None, line
        if kind in _WAITS:
            what = f"{kind} {label!r}" if label else kind
            verb = "acquire()" if "Semaphore" in kind else "wait()"
            return f"{what}.{verb}", None, line
        if kind in _RLOCKS:
            owner_ident = getattr(owner, "_owner", None)
            for other in sched.greens:
                if other.ident == owner_ident:
                    holder = _display_name(sched, other)
            what = f"RLock {label!r}" if label else "an RLock"
            return what, holder, line
    label, named = _named(scopes, lock)
    if _threading_class(named) in _RLOCKS:
        return f"RLock {label!r}", holder, line  # found, so named
    what = f"Lock {label!r}" if label else "a Lock"
    return what, holder, line


def _display_name(sched, g):
    """A thread's name in the report: a child process's threads under their process's name (every
    process has a MainThread)."""
    return g.name if g.proc is sched.main_proc else f"{g.proc.name}/{g.name}"


def build_report(sched, blocked):
    waiters = []
    lines = ["Deadlock: every thread is waiting and nothing can wake any of them."]
    for g in blocked:
        what, holder, line = _describe(sched, g)
        name = _display_name(sched, g)
        waiters.append({WaiterKey.LANE: g.lane, WaiterKey.NAME: name, WaiterKey.WAITS_FOR: what,
                        WaiterKey.HELD_BY: holder, WaiterKey.LINE: line})
        where = f" (line {line})" if line else ""
        held = f", held by {holder}" if holder and holder != name else (
            ", which it already holds" if holder == name else "")
        lines.append(f"  {name}{where} waits for {what}{held}")
    return {DeadlockKey.MESSAGE: "\n".join(lines), DeadlockKey.WAITERS: waiters}


def _task_lines(loop):
    """Pending tasks of ``loop`` and where each is suspended, for the deadlock report."""
    import asyncio

    from .aio import _describe as awaited_name

    out = []
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    except Exception:
        return out
    for task in sorted(pending, key=lambda t: t.get_name()):
        frames = task.get_stack(limit=1)
        line = frames[-1].f_lineno if frames else None
        waiter = task._fut_waiter  # pyright: ignore[reportAttributeAccessIssue] (the C Task's, listed by aio.AsyncioPatch)
        if isinstance(waiter, asyncio.Task):
            what = f"task {waiter.get_name()}"
        else:
            what = _awaited_call(task) or (
                awaited_name(waiter, {}, sys.modules["asyncio.tasks"]) if waiter is not None else "nothing")
        out.append((task.get_name(), line, what))
    return out


def _awaited_call(task):
    """The asyncio primitive a suspended task is inside (``Event.wait()``, ``Lock.acquire()``,
    ``Queue.get()``...), found down its chain of awaited coroutines (plain heap frames: asyncio
    needs no stack switching, so walking them is safe)."""
    coro = task.get_coro()
    found = None
    for _ in range(100):  # the innermost one: `async with lock` awaits __aenter__, then acquire
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is None:
            break
        module = frame.f_globals.get("__name__", "")
        owner = frame.f_locals.get("self")
        if module.startswith("asyncio.") and module not in ("asyncio.tasks", "asyncio.futures") \
                and owner is not None:
            found = f"{type(owner).__name__}.{frame.f_code.co_name}()"
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return found
