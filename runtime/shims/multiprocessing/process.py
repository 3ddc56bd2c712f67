"""``multiprocessing.Process`` and the process registry."""

import atexit
import itertools
import os
import signal
import weakref

from interleave import proc_signals, procs

from . import util

__all__ = ["BaseProcess", "current_process", "active_children", "parent_process"]


_counter = itertools.count(1)
_children = {}  # id -> Process started by this interpreter (all simulated processes)
#: Every Process made and not yet collected, as CPython keeps them (its tests look for leftovers).
_dangling = weakref.WeakSet()
#: sentinel -> a weak reference to the Process it stands for (``connection.wait`` reads it). Not
#: the runtime's process itself: this module is the program's to walk, and the scheduler's
#: process holds its clock and threads (runtime/tests/hostile/runtime-walk.py).
_sentinels = {}


class AuthenticationString(bytes):
    """A process's authkey, as CPython types it. CPython refuses to pickle one except into a child
    it spawns; here every crossing is such a pickling (see listener.get_spawning_popen)."""

    def __reduce__(self):
        return AuthenticationString, (bytes(self),)


class BaseProcess:
    #: Set by the classes of each context (multiprocessing.context): ForkServerProcess...
    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        count = next(_counter)
        self._identity = (count,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._name = name or f"{type(self).__name__}-{count}"
        self._daemonic = bool(daemon) if daemon is not None else current_process().daemon
        self.__il_proc__ = None
        self._closed = False
        #: the ``connection.wait`` calls watching this process's sentinel (woken as it ends, in
        #: the order they began: a dict, not a set, whose order would be the watchers' addresses)
        self._exit_watchers = {}
        _dangling.add(self)
        self._parent_pid = os.getpid()

    def __getstate__(self):
        state = dict(self.__dict__)
        state["__il_proc__"] = None  # the child learns its own process when it starts
        state.pop("__il_exit_hook__", None)  # the parent's pool's; _on_exit reads the parent's object
        state["_exit_watchers"] = {}  # the parent's waits
        return state

    def _resolve_method(self):
        """The start method this process starts with: its class's (the contexts' Process classes
        override this), or the default context's for a direct subclass of BaseProcess."""
        if self._start_method is not None:
            return self._start_method
        from . import context  # not at the top: the context module builds on this one

        return context.get_start_method()

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        self._check_closed()
        assert self.__il_proc__ is None, "cannot start a process twice"
        assert self._parent_pid == os.getpid(), "can only start a process object created by current process"
        assert not current_process().daemon, "daemonic processes are not allowed to have children"
        procs.check_not_bootstrapping()
        method = self._resolve_method()
        self._logging = util.inherited()
        self._il_method = method
        packed = procs.dumps((_run_process, (self,), {}))
        self.__il_proc__ = procs.start(self._name, packed, _on_exit, self._daemonic, method)
        for obj in packed[1]:  # the shared objects it was given (a pipe's end counts its holders)
            passed = getattr(obj, "__il_passed__", None)
            if passed is not None:
                passed(self.__il_proc__)
        # weakly: the runtime's process outlives this object, which must not keep its target
        # and arguments alive once the program drops it
        self.__il_proc__.mp_process = weakref.ref(self)
        # as CPython, which drops them once the child has its copy: a manager's proxy passed as an
        # argument is released (its server's count goes down) when the caller drops its own
        del self._target, self._args, self._kwargs
        _children[id(self)] = self

    def join(self, timeout=None):
        self._check_closed()
        assert self.__il_proc__ is not None, "can only join a started process"
        procs.wait_exit(self.__il_proc__, timeout)
        if _reaped(self.__il_proc__):
            _children.pop(id(self), None)

    def is_alive(self):
        self._check_closed()
        if self.__il_proc__ is None:
            return False
        return not _reaped(self.__il_proc__)

    def terminate(self):
        self._check_closed()
        if self.__il_proc__ is not None:
            # SIGTERM: the child's handler runs if it set one, else it ends (-15)
            proc_signals.interrupt(self.__il_proc__, signal.SIGTERM)

    def kill(self):
        self._check_closed()
        if self.__il_proc__ is not None:
            procs.kill(self.__il_proc__, signal.SIGKILL)

    def interrupt(self):
        """Send SIGINT to the process (3.14): by default KeyboardInterrupt in its main thread,
        so it ends with exit code 1; with SIG_DFL it ends with -2; SIG_IGN ignores it."""
        self._check_closed()
        if self.__il_proc__ is not None:
            proc_signals.interrupt(self.__il_proc__)

    def close(self):
        if self.__il_proc__ is not None and self.__il_proc__.exitcode is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        assert self.__il_proc__ is None, "process has already started"
        self._daemonic = bool(value)

    @property
    def exitcode(self):
        if self.__il_proc__ is None:
            return None
        _reaped(self.__il_proc__)
        return self.__il_proc__.exitcode

    @property
    def pid(self):
        return None if self.__il_proc__ is None else self.__il_proc__.pid

    ident = pid

    @property
    def authkey(self):
        return b"interleave"

    @property
    def sentinel(self):
        """A handle ``multiprocessing.connection.wait`` finds ready once the process has ended
        (its pid here: each simulated process has its own)."""
        self._check_closed()
        if self.__il_proc__ is None:
            raise ValueError("process not started")
        _sentinels[self.pid] = weakref.ref(self)
        return self.pid

    def __repr__(self):
        if self.__il_proc__ is None:
            status = "initial"
        elif self.__il_proc__.exitcode is None:
            status = "started"
        else:
            status = f"stopped exitcode={self.__il_proc__.exitcode}" if self.__il_proc__.exitcode else "stopped"
        daemon = " daemon" if self._daemonic else ""
        return f"<{type(self).__name__} name={self._name!r}{'' if self.__il_proc__ is None else ' pid=' + str(self.pid)} parent={self._parent_pid} {status}{daemon}>"


def _run_process(process):
    """In the child: become ``current_process()`` and run."""
    global _current
    _current = process
    process.__il_proc__ = procs.current_proc()
    from . import context  # the child's own multiprocessing, imported by now

    context._force_start_method(process._il_method)
    util.inherit(getattr(process, "_logging", (False, None)))
    util.info("child process calling self.run()")
    code = 1
    try:
        process.run()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) and not isinstance(stop.code, bool) else (
            0 if stop.code is None else 1)
        raise
    finally:
        # as CPython's child, which runs the exit steps itself before it reports its status; a
        # process ended by a signal or os._exit (unwound by the runtime) runs none, as there: its
        # exit steps would join its children, and a child waiting for it would hold it up
        me = procs.current_proc()
        if not me.killed and me.exit_status is None:
            _exit_function()
        util.info("process exiting with exitcode %d", code)


def _on_exit(proc):
    # runs in the child as it ends; a pool that must know of a worker's death (a
    # ProcessPoolExecutor's, as CPython's manager watches its workers' sentinels) hooks it here
    from .connection import process_ended

    process_ended(proc)
    ref = getattr(proc, "mp_process", None)
    process = ref() if ref is not None else None
    for watcher in list(getattr(process, "_exit_watchers", ())):
        watcher.notify()
    hook = getattr(process, "__il_exit_hook__", None)
    if hook is not None:
        hook(proc)


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._daemonic = False
        self.__il_proc__ = procs.current_proc()
        self._parent_pid = None
        self._closed = False
        self._target = None

    @property
    def pid(self):
        return self.__il_proc__.pid

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = None


def current_process():
    global _current
    if _current is None:
        _current = _MainProcess()
    return _current


def parent_process():
    proc = procs.current_proc()
    if proc.parent is None:
        return None
    ref = getattr(proc.parent, "mp_process", None)
    parent = ref() if ref is not None else None
    return parent if parent is not None else _ParentView(proc.parent)


class _Bootstrapping(BaseProcess):
    """``current_process()`` in a child while it re-imports the main module, before the Process
    object arrives: CPython has already given the child its name by then."""

    def __init__(self, proc):
        self.__il_proc__ = proc
        self._name = proc.name
        self._identity = ()
        self._daemonic = getattr(proc, "daemon", False)
        self._closed = False
        self._parent_pid = proc.parent.pid if proc.parent else None


def _bootstrap_current(proc):
    global _current
    _current = _Bootstrapping(proc)


class _ParentView(BaseProcess):
    def __init__(self, proc):
        self.__il_proc__ = proc
        self._name = proc.name
        self._identity = ()
        self._daemonic = False
        self._closed = False

    def __repr__(self):
        return f"<_ParentProcess name={self._name!r} parent={self.__il_proc__.pid} unknown>"


def _cleanup():
    """Forget the children that have ended (CPython polls them here)."""
    active_children()


def _reaped(proc):
    """Whether ``proc`` has ended; if it has and its parent is asking, the parent has now waited
    for it (CPython's ``join``, ``is_alive``, ``exitcode`` and ``active_children`` reap it with
    ``waitpid``), so it is no longer there for ``os.kill``. Another process asking reaps nothing."""
    if proc.exitcode is None:
        return False
    if proc.parent is procs.current_proc():
        proc.reaped = True
    return True


def active_children():
    mine = procs.current_proc()
    alive = []
    for p in list(_children.values()):
        if p.__il_proc__ is not None and p.__il_proc__.parent is mine:
            if not _reaped(p.__il_proc__):
                alive.append(p)
            else:
                _children.pop(id(p), None)
    return alive


def _exit_function():
    """At the end of a process, once: run the finalizers, terminate daemonic children, join the
    others (as CPython, logging each step)."""
    if not util._mark_exiting():
        return
    util.info("process shutting down")
    util.debug('running all "atexit" finalizers with priority >= 0')
    util._run_finalizers(0)
    for p in active_children():
        if p.daemon:
            util.info("calling terminate() for daemon %s", p.name)
            p.terminate()
    for p in active_children():
        util.info("calling join() for process %s", p.name)
        p.join()
    util.debug('running the remaining "atexit" finalizers')
    util._run_finalizers()


atexit.register(_exit_function)
