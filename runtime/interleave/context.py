"""The run in progress, in one place.

A run is made of parts: the scheduler (threads, processes, timers, limits), the CPU meter, the
trace, the output collector, the program and its reports. ``RunContext`` holds them, and the
runtime's modules find the run in progress through ``active()``/``current()``/``sched()``
here, never through globals of their own. The runner activates a context for the length of a
run and every part is reachable from it, so nothing has to be saved and restored by hand.

This module imports nothing of the runtime, so every other module may import it.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: at run time this module imports nothing of the runtime
    from collections.abc import Callable
    from types import CodeType, ModuleType

    from .meter import Meter
    from .output import Collector
    from .patches import Applied
    from .sched import Limits, Scheduler
    from .trace import Trace

_active: RunContext | None = None

NO_RUN = "no Interleave run is in progress"


class RunContext:
    """Everything one run consists of; built and wired by ``runner.Run``."""

    def __init__(self, *, sched: Scheduler, trace: Trace, limits: Limits, meter: Meter,
                 out: Collector, patches: Applied, filename: str = "main.py", seed: int = 0):
        self.sched = sched
        self.trace = trace
        self.limits = limits
        self.meter = meter
        self.out = out
        #: The patches applied for the run, undone last-first when it ends.
        self.patches = patches
        self.filename = filename
        self.seed = seed
        #: Values the program hands the checker with ``interleave.report``.
        self.reports: dict[str, Any] = {}
        #: The program's code object, executed again as ``__mp_main__`` in child processes.
        self.compiled: CodeType | None = None
        #: ``make_module(name)``: a module for the program (``__main__``, ``__mp_main__``).
        self.make_module: Callable[[str], ModuleType] | None = None
        #: hook(seconds) for ``time.sleep`` (set by ``aio``: a sleep inside a running loop).
        self.on_blocking_sleep: Callable[[float], None] | None = None
        #: green id -> [clock at step start, blocking seconds] of the asyncio step it runs.
        self.task_steps: dict[int, list[float]] = {}
        #: name -> memory of ``multiprocessing.shared_memory`` blocks, open to every process.
        self.shared_memory: dict[str, bytearray] = {}
        #: address -> the ``Listener`` of a manager's server there (shims/multiprocessing/listener.py).
        self.listeners: dict[Any, Any] = {}
        #: green id -> signal an ``_thread.interrupt_main`` left for that main thread to handle.
        self.interrupts: dict[int, int] = {}
        #: green id -> exception ``thread_signals.set_async_exc`` left for that thread to raise.
        self.async_excs: dict[int, Any] = {}
        #: The run's virtual internet (``net.service.Service``), made by ``net.install``.
        self.net: Any = None

    @property
    def procs(self):
        """The process table."""
        return self.sched.procs


def active():
    """The run in progress, or None."""
    return _active


def current() -> RunContext:
    """The run in progress; RuntimeError outside a run."""
    ctx = _active
    if ctx is None:
        raise RuntimeError(NO_RUN)
    return ctx


def sched():
    """The scheduler of the run in progress; RuntimeError outside a run."""
    ctx = _active
    if ctx is None:
        raise RuntimeError(NO_RUN)
    return ctx.sched


def activate(ctx: RunContext | None) -> RunContext | None:
    """Make ``ctx`` the run in progress (None: no run). Returns the previous one."""
    global _active
    previous = _active
    _active = ctx
    return previous
