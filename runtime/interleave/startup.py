"""Once per engine, before its memory snapshot (``host.prepare``): compile the renewed modules,
check that every name the runtime's patches rely on exists in this Python (see ``patches``), and
import the main process's world once for every run to start from (``prebuild_world``)."""

from . import (atexit_shim, context, fakethread, glue, hoist, imports, interpreter, patches, procs,
               stable_hash, vtime)
from .aio import AsyncioPatch
from .context import RunContext
from .meter import Meter
from .output import Collector
from .patches import Applied
from .proc_signals import ChildSignals, KillPatch
from .sched import Limits, Scheduler
from .trace import Trace
from .world import WorldPatch, prebuild

#: Every kind of patch a run applies (classes; their ``requires`` are class attributes).
UNITS = (
    WorldPatch, vtime.TimePatch, imports.ImportCharge, interpreter.Streams, interpreter.CpuCount,
    interpreter.SeededRandom, interpreter.StopSignal, ChildSignals, KillPatch,
    interpreter.SwitchInterval, interpreter.WorkDir, procs.PidPatch, procs.ExitPatch,
    procs.ThreadingHooks, stable_hash.ThreadHashes, stable_hash.FutureHashes, AsyncioPatch,
    glue.EnsureFuture, hoist.HoistedFrames,
)

#: Imported (and so compiled) at start-up, so that the first run is quick.
WARM = ("threading", "queue", "concurrent.futures", "asyncio", "multiprocessing",
        "multiprocessing.pool", "multiprocessing.managers", "concurrent.futures.process",
        "logging", "_threading_local")

#: Programs run before the snapshot (no threads: the engine makes it without stack switching),
#: with the constructs and failures of course programs: their lazy imports happen there, once.
WARM_RUNS = (
    {"code": "import asyncio, queue, concurrent.futures\n"
             "class Box:\n    n = 0\n"
             "box, d, total = Box(), {'k': 0}, 0\n"
             "def work(n):\n    global total\n    for i in range(n):\n        total += i\n"
             "        box.n += 1\n        d['k'] -= 1\n    return [x * x for x in range(n) if x]\n"
             "async def job(i):\n    await asyncio.sleep(0.01 * i)\n    return i\n"
             "async def main():\n    return await asyncio.gather(*(job(i) for i in range(3)))\n"
             "try:\n    work(3)\nexcept Exception as e:\n    print(e)\n"
             "with open('out.txt', 'w') as f:\n    f.write(f'{total:>4}')\n"
             "print(asyncio.run(main()), sorted({3, 1}), sum(range(4)), ''.join(['a']))\n",
     "tests": "def test_a():\n    assert True\n"},
    {"code": "def f():\n    return undefined_name\nf()\n"},
    {"code": "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n"},
    {"code": "x = 1 +\n"},
)


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


def prebuild_world():
    """Import the main process's concurrency modules inside the set-up of a run (every patch a
    run applies in place, so they are what a run would import), and keep them for the runs to
    come (``world.prebuild``). Called last before the snapshot: each run starts from it."""
    from .runner import Run

    run = Run({"code": ""}, None)
    try:
        run._enter()
        prebuild(WARM)
    finally:
        run._leave()
