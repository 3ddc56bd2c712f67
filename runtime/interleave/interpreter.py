"""The interpreter-wide settings a run changes, each a reversible unit (see ``patches``):
the standard streams and ``sys.argv``, ``os.cpu_count``, the ``random`` module's state (and each child process's own), the
Stop signal, the switch interval and the working directory with the run's files."""

import io
import os
import random
import signal
import sys
import types

from .output import Stream
from .patches import Patch, builtin


class Streams(Patch):
    """``sys.stdout``/``sys.stderr`` into the run's collector, an empty stdin, ``argv``."""

    name = "standard streams"
    requires = ("sys.stdout", "sys.stderr", "sys.stdin", "sys.argv")

    def apply(self, ctx):
        self.replace(sys, "stdout", Stream(ctx.out, "stdout"))
        self.replace(sys, "stderr", Stream(ctx.out, "stderr"))
        self.replace(sys, "stdin", io.StringIO(""))
        self.replace(sys, "argv", [ctx.filename])


class CpuCount(Patch):
    """``os.cpu_count()`` reports the run's virtual cores."""

    name = "cpu count"
    requires = ("os.cpu_count",)

    def apply(self, ctx):
        cpus = ctx.sched.cores.count
        self.replace(os, "cpu_count", builtin(lambda: cpus, "os", "cpu_count"))  # a built-in: corpus g20


class SeededRandom(Patch):
    """The ``random`` module seeded with the run's seed; its state is restored afterwards."""

    name = "seeded random"
    requires = ("random.getstate", "random.setstate", "random.seed")

    def apply(self, ctx):
        state = random.getstate()
        self.later(lambda: random.setstate(state))
        random.seed(ctx.seed)


def process_random(seed: int, pid: int):
    """A simulated child process's own ``random`` module: a copy of the module whose functions
    are bound to a ``Random`` of its own, seeded from the run's seed and the child's pid. In
    CPython a spawned or forkserver child imports ``random`` afresh (or reseeds it after the fork),
    so its draws neither move its parent's sequence nor repeat it; from ``os.urandom`` there, from
    the seed here, so that the same program and seed print the same."""
    own = types.ModuleType(random.__name__, random.__doc__)
    own.__dict__.update(random.__dict__)
    inst = random.Random(f"interleave run {seed} process {pid}")
    shared = random.__dict__["_inst"]
    for name, value in random.__dict__.items():
        if getattr(value, "__self__", None) is shared:  # random.random, random.seed, randint...
            setattr(own, name, getattr(inst, value.__name__))
    own._inst = inst  # type: ignore[attr-defined]
    return own


class StopSignal(Patch):
    """SIGINT (the Stop button) stops the run through ``handler``."""

    name = "stop signal"
    requires = ("signal.SIGINT", "signal.getsignal", "signal.signal")

    def __init__(self, handler):
        super().__init__()
        self.handler = handler

    def apply(self, ctx):
        previous = signal.getsignal(signal.SIGINT)
        self.later(lambda: signal.signal(signal.SIGINT, previous))
        signal.signal(signal.SIGINT, self.handler)


class SwitchInterval(Patch):
    """The program may change ``sys.setswitchinterval``; the next run starts from the default."""

    name = "switch interval"
    requires = ("sys.getswitchinterval", "sys.setswitchinterval")

    def apply(self, ctx):
        interval = sys.getswitchinterval()
        self.later(lambda: sys.setswitchinterval(interval))


class WorkDir(Patch):
    """The run's files, written into a working directory it starts in."""

    name = "working directory"
    requires = ("os.getcwd", "os.chdir")

    def __init__(self, files):
        super().__init__()
        self.files = files

    def apply(self, ctx):
        cwd = os.getcwd()
        self.later(lambda: _chdir(cwd))
        base = "/home/pyodide/work" if os.path.isdir("/home/pyodide") else None
        if base is not None:
            os.makedirs(base, exist_ok=True)
            os.chdir(base)
        for path, text in self.files.items():
            folder = os.path.dirname(path)
            if folder:
                os.makedirs(folder, exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)


def _chdir(path):
    try:
        os.chdir(path)
    except OSError:
        pass
