"""Simulated processes started as forkserver or spawn start them, in one interpreter.

A child process gets its own module world (``world.swap``): its own ``__main__``, ``threading``,
``multiprocessing``, ``asyncio``... It starts the way CPython's spawn starts a child: the main
module is executed again as ``__mp_main__`` (so code outside ``if __name__ == "__main__":`` runs
again, and starting a process from there fails with CPython's bootstrapping error), then the
target and its arguments are unpickled there and called. What crosses between processes is
pickled, so a lambda fails as it does in CPython and a child's writes to globals never reach the
parent. Queues, pipes, locks and shared values are passed by reference instead, as CPython passes
them by inheritance when it spawns (a manager's proxy pickles as CPython's: its server's address
and the object's id).
"""

import copyreg
import io
import os
import pickle
import sys
import traceback

from . import atexit_shim, context, glue
from . import sched as _sched
from .aio import AsyncioPatch
from .contract import Reason
from .interpreter import process_random
from .patches import Patch, builtin
from .stable_hash import FutureHashes, ThreadHashes
from .thread_signals import deliver_interrupt
from .world import replaced_files, when_imported

BOOTSTRAP_ERROR = """
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        """

#: CPU seconds a child spends starting, per start method: the median start()+join() of a Process
#: with an empty target in CPython 3.11 on this machine (runtime/tests/start_cost/figures.json,
#: measured by measure.py there; runtime/README.md, "Processes"). ``forkserver`` forks a child
#: from a server that has already imported what it needs; ``spawn`` starts a fresh interpreter.
START_COSTS = {"forkserver": 0.012, "spawn": 0.062}
#: Seconds the first ``forkserver`` start in a process waits for its server, a fresh interpreter
#: that the process starts then and keeps (CPython's parent blocks until the server answers):
#: ``multiprocessing.forkserver.ensure_running()`` in the same figures.
FORKSERVER_START = 0.044


class Shared:
    """Marker base: instances cross process boundaries by reference, not by value."""


class _Pickler(pickle.Pickler):
    def __init__(self, buf, refs):
        super().__init__(buf, protocol=pickle.DEFAULT_PROTOCOL)
        self._refs = refs

    def persistent_id(self, obj):
        if isinstance(obj, Shared):
            self._refs.append(obj)
            return len(self._refs) - 1
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, buf, refs):
        super().__init__(buf)
        self._refs = refs

    def persistent_load(self, pid):
        obj = self._refs[pid]
        arrived = getattr(obj, "__il_arrived__", None)
        if arrived is not None:
            arrived()  # in the receiving process: a pipe's end counts it as a holder
        return obj


def dumps(obj, reducers=None):
    """Pickle for another process: (bytes, shared objects passed by reference). ``reducers``
    (type -> reduce function) add to copyreg's, as ``ForkingPickler.register``'s do."""
    buf = io.BytesIO()
    refs = []
    pickler = _Pickler(buf, refs)
    if reducers:
        pickler.dispatch_table = {**copyreg.dispatch_table, **reducers}
    pickler.dump(obj)
    return buf.getvalue(), refs


def loads(packed):
    data, refs = packed
    return _Unpickler(io.BytesIO(data), refs).load()


def copy(obj):
    """What the receiving process gets: a pickled round trip."""
    return loads(dumps(obj))


_SHIMS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "shims") + os.sep


def _runtime_files():
    """The source files of the runtime's own modules (the ``interleave`` package and the
    standard modules it replaces), recognised by their module objects."""
    files = set(replaced_files())
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) if module is not None else None
        if not isinstance(path, str):
            continue
        # The stand-in packages (shims/: multiprocessing, aiohttp...) are the runtime's too: a
        # child's traceback shows the learner's frames, not how the simulation started them.
        if name == "interleave" or name.startswith("interleave.") or path.startswith(_SHIMS):
            files.add(path)
    return files


def name_memory_limit(exc):
    """A MemoryError the engine's memory cap caused (src/engine/heap-limit.ts) says so, in the
    learner's terms; CPython's own, from a machine out of memory, has no message."""
    for e in _chain(exc):
        if isinstance(e, MemoryError) and not e.args:
            mb = glue.heap_limit_mb()
            if mb:
                e.args = (f"the program used more than {mb} MB of memory, the trainer's limit",)


def format_exception(exc):
    """A traceback as CPython prints it, without the runtime's own frames."""
    name_memory_limit(exc)
    runtime = _runtime_files()
    te = traceback.TracebackException.from_exception(exc)
    for t in _chain(te):
        t.stack = traceback.StackSummary.from_list(
            [f for f in t.stack if f.filename not in runtime])
    return "".join(te.format())


def _chain(item):
    """An exception (or a TracebackException) and the ones it was raised from or during, once each."""
    seen = set()
    while item is not None and id(item) not in seen:
        seen.add(id(item))
        yield item
        item = item.__cause__ or item.__context__


def sch():
    return context.sched()


def current_proc():
    return sch().current.proc


def check_not_bootstrapping():
    if current_proc().bootstrapping:
        raise RuntimeError(BOOTSTRAP_ERROR)


def _exec_main_again():
    """Run the program's main module as ``__mp_main__`` in the current (child) process."""
    ctx = context.current()
    if ctx.make_module is None or ctx.compiled is None:
        raise RuntimeError("the program has not been compiled yet")
    module = ctx.make_module("__mp_main__")
    sys.modules["__mp_main__"] = module
    sys.modules["__main__"] = module
    exec(ctx.compiled, module.__dict__)
    return module


def forkserver_ready():
    """When the calling process's fork server is up, starting it (``FORKSERVER_START``) if this
    process has none: CPython's process starts its server with its first ``forkserver`` child
    and keeps it. The server is not a simulated process: only its start-up is modelled."""
    proc = current_proc()
    if proc.forkserver_ready is None:
        proc.forkserver_ready = sch().clock + FORKSERVER_START
    return proc.forkserver_ready


def ensure_forkserver():
    """``multiprocessing.forkserver.ensure_running()``: wait until the fork server is up."""
    s = sch()
    ready = forkserver_ready()
    if ready > s.clock:
        s.block(Reason.IO, "starting the forkserver", deadline=ready)


def start(name, target_packed, on_exit, daemon=False, method="forkserver"):
    """Start a child process by ``method`` (``forkserver`` or ``spawn``); ``target_packed`` is
    ``dumps((fn, args, kwargs))`` made in the parent. ``on_exit(proc)`` runs in the child when
    it ends. Returns the Proc."""
    check_not_bootstrapping()
    s = sch()
    holder = {}
    cost = START_COSTS[method]
    # A forkserver child forks once the server is up; the first one waits for the server's start
    # (and so does any started before it is up). The child waits, not the parent: CPython's parent
    # blocks in start() meanwhile, but a parent that starts its pool on an event loop (a first
    # run_in_executor) would otherwise show that loop held for the server's start.
    ready = forkserver_ready() if method == "forkserver" else None

    def child_main():
        proc = holder["proc"]
        code = 0
        try:
            if proc.killed:
                raise _sched.Abort()
            sys.modules["atexit"] = atexit_shim.module()
            prepare_world(context.current())
            if ready is not None and ready > s.clock:
                s.block(Reason.IO, "waiting for the forkserver", deadline=ready)
            s.charge_seconds(cost)
            try:
                from multiprocessing import process as mp_process

                mp_process._bootstrap_current(proc)  # pyright: ignore[reportAttributeAccessIssue] (the runtime's own shim)
            except ImportError:
                pass
            proc.bootstrapping = True
            try:
                _exec_main_again()
                fn, args, kwargs = loads(target_packed)
            finally:
                proc.bootstrapping = False
            try:
                fn(*args, **kwargs)
            except SystemExit as exc:
                # the child's status as its parent reads it: sys.exit(True) is 1, sys.exit(256) 0
                code = int(exc.code) & 0xFF if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if not isinstance(exc.code, (int, type(None))):
                    print(exc.code, file=sys.stderr)
            except _sched.Abort:
                raise
            except BaseException as exc:
                sys.stderr.write(f"Process {name}:\n")
                sys.stderr.write(format_exception(exc))
                code = 1
            import threading

            threading._shutdown()  # pyright: ignore[reportAttributeAccessIssue] (WorldPatch.requires)
            sys.modules["atexit"]._run_exitfuncs()
        except _sched.Abort:
            code = proc.exit_status if proc.exit_status is not None else -(proc.killed or 15)
        except BaseException as exc:
            # failing before the target runs, as a spawned child does while bootstrapping
            sys.stderr.write(format_exception(exc))
            code = 1
        if proc.killed:
            code = -proc.killed
        # the OS ends the threads still running with the process (daemon threads, such as a
        # manager server's accepter): they must not run on, nor show in a later deadlock report
        s.abort([g for g in proc.greens if g is not proc.main])
        proc.exitcode = code
        on_exit(proc)

    proc = s.spawn_process(name, child_main)
    proc.world["random"] = process_random(context.current().seed, proc.pid)
    proc.daemon = daemon
    holder["proc"] = proc
    s.trace.rename(proc.lane, name)
    return proc


def kill(proc, signum):
    """Terminate every thread of ``proc`` (SIGTERM 15, SIGKILL 9)."""
    s = sch()
    if proc.exitcode is not None:
        return
    proc.killed = signum
    s.abort(proc.greens, at=s.clock)


def wait_exit(proc, timeout=None):
    """Block until ``proc`` has ended (or ``timeout``); returns whether it has. A signal sent to
    the waiting process meanwhile (another process's ``os.kill``) has its handler run at once,
    and the wait goes on for the rest of its time, as CPython's ``waitpid`` does (PEP 475)."""
    s = sch()
    ctx = context.current()
    me = s.current
    deadline = None if timeout is None else s.clock + timeout
    frame = sys._getframe(1)

    def ended():
        return proc.exitcode is not None

    def ended_or_signalled():
        return ended() or me.id in ctx.interrupts

    while True:
        s.join(proc.main, ended_or_signalled, f"join {proc.name}", proc, deadline, frame)
        if ended() or me.id not in ctx.interrupts:
            return ended()
        deliver_interrupt(s, frame)


class ThreadingHooks(Patch):
    """The process's fresh ``threading``: unwinding a thread (``Abort``) is not an error."""

    name = "threading hooks"
    requires = ("threading.excepthook",)

    def apply(self, ctx):
        import threading

        orig_hook = threading.excepthook

        def excepthook(args):
            if args.exc_type is not _sched.Abort:
                name_memory_limit(args.exc_value)
                orig_hook(args)

        self.replace(threading, "excepthook", excepthook)


class ExitPatch(Patch):
    """``os._exit(n)`` ends the simulated process that calls it at once, with status ``n & 0xFF``
    (no ``finally``, atexit or thread joins run), as it ends a real process; in the main process
    it ends the run with that status. Unpatched it would end the whole interpreter (Emscripten's
    exit), every process and the run's result with it."""

    name = "os._exit ends one process"
    requires = ("os._exit",)

    def apply(self, ctx):
        import operator

        def _exit(status):
            status = operator.index(status) & 0xFF  # a TypeError for a non-integer, as CPython
            s = sch()
            proc = current_proc()
            proc.exit_status = status
            if proc.parent is None:  # the main process: the run ends here
                s.stop(_sched.RunStopped(_sched.EXIT, f"os._exit({status})"))
            else:
                s.abort(proc.greens, at=s.clock)
            raise _sched.Abort()

        self.replace(os, "_exit", _exit)


def prepare_world(ctx):
    """Set up the concurrency modules of the process about to run code (main or child), each
    when the process has it (a child imports them only if its code does)."""
    for name, unit in (("threading", ThreadingHooks), ("threading", ThreadHashes),
                       ("concurrent.futures._base", FutureHashes), ("asyncio", AsyncioPatch)):
        when_imported(ctx, name, lambda unit=unit: ctx.patches.apply(unit(), ctx))


class PidPatch(Patch):
    """``os.getpid``/``os.getppid`` answer for the simulated process running."""

    name = "process ids"
    requires = ("os.getpid", "os.getppid")

    def apply(self, ctx):
        # built-ins, as CPython's (no binding as a method: corpus g20)
        self.replace(os, "getpid", builtin(lambda: current_proc().pid, "os", "getpid"))
        self.replace(os, "getppid", builtin(lambda: (current_proc().parent.pid if current_proc().parent else 4000),
                                            "os", "getppid"))
