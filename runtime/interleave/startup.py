"""Once per engine, before its memory snapshot (``host.prepare``): compile the renewed modules, and
check that every name the runtime's patches rely on exists in this Python (see ``patches``)."""

from . import atexit_shim, context, fakethread, glue, imports, interpreter, patches, procs, vtime
from .aio import AsyncioPatch
from .aio_repr import TaskRepr
from .context import RunContext
from .meter import Meter
from .output import Collector
from .patches import Applied
from .sched import Limits, Scheduler
from .trace import Trace
from .world import WorldPatch

#: Every kind of patch a run applies (classes; their ``requires`` are class attributes).
UNITS = (
    WorldPatch, vtime.TimePatch, imports.ImportCharge, interpreter.Streams, interpreter.CpuCount,
    interpreter.SeededRandom, interpreter.StopSignal, interpreter.SwitchInterval,
    interpreter.WorkDir, procs.PidPatch, procs.ExitPatch, procs.ThreadingHooks, AsyncioPatch, TaskRepr,
    glue.EnsureFuture,
)

#: Imported (and so compiled) at start-up, so that the first run is quick.
WARM = ("threading", "queue", "concurrent.futures", "asyncio", "multiprocessing",
        "multiprocessing.pool", "multiprocessing.managers", "concurrent.futures.process",
        "logging", "_threading_local")


def warm_up(check=False):
    """Import the renewed modules once inside a run's world (they need a current thread), and
    with ``check`` verify every patch's names there."""
    sched = Scheduler(Trace())
    limits = Limits()
    ctx = RunContext(sched=sched, trace=sched.trace, limits=limits, meter=Meter(sched),
                     out=Collector(sched, sched.trace, None, limits), patches=Applied())
    world = WorldPatch(fakethread.module(), atexit_shim.module())
    previous = context.activate(ctx)
    world.apply(ctx)
    try:
        sched.adopt_main()
        for name in WARM:
            try:
                __import__(name)
            except Exception:  # reported below by the names that module should provide
                pass
        if check:
            patches.check(UNITS)
    finally:
        world.undo()
        context.activate(previous)
