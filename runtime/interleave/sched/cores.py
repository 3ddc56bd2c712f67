"""Processes and the virtual cores they share.

A process has its own clock (its own GIL): its threads serialise on it, and it advances by the
CPU they are charged for. Processes run side by side on ``count`` virtual cores; when more
processes want the CPU than there are cores, each is charged proportionally more.
"""

from typing import Any

from ..contract import LaneKind

#: Virtual seconds per event of learner code: an event is a nanosecond of CPU, the unit of the
#: weights ``cost`` computes per statement (calibrated against CPython 3.11).
COST_PER_EVENT = 1e-9

#: How far (virtual seconds) one process may run ahead of another ready one before it yields,
#: so that processes running side by side interact in the right order.
QUANTUM = 0.001


class Proc:
    """A simulated process: its own clock (its own GIL) and its threads."""

    def __init__(self, pid: int, name: str, lane: int, parent):
        self.pid = pid
        self.name = name
        self.lane = lane
        self.parent = parent
        self.clock = 0.0
        self.cpu = 0.0
        self.greens: list[Any] = []  # its threads (sched.green.Green)
        self.world: dict[str, Any] = {}  # its private modules while another process runs (world.swap)
        self.on_import: dict[str, list] = {}  # module name -> what to do once it imports it (world.when_imported)
        self.main: Any = None  # its main thread
        self.exitcode: int | None = None
        self.reaped = False  # its parent has seen it end (waitpid): until then os.kill finds it, a zombie
        self.killed: int | None = None  # signal number when terminated or killed
        self.exit_status: int | None = None  # the status given to os._exit()
        self.bootstrapping = False
        self.daemon = False
        self.forkserver_ready: float | None = None  # when its fork server is up (procs.forkserver_ready)
        self.gil_holder: Any = None  # the thread that last took its GIL (sched.gil)
        self.gil_since = 0.0  # when that thread took it


class Cores:
    """The process table and the number of virtual cores."""

    __slots__ = ("procs", "count", "trace")

    def __init__(self, trace, count=4):
        self.procs: list[Proc] = []
        self.count = count
        self.trace = trace

    def new(self, name, parent) -> Proc:
        pid = 4242 + 100 * len(self.procs)
        lane = self.trace.lane(LaneKind.PROCESS, name, parent.lane if parent else None, None)
        proc = Proc(pid, name, lane, parent)
        self.procs.append(proc)
        return proc

    def share(self, cost, proc, ready):
        """``cost`` seconds of CPU for ``proc``, stretched when processes outnumber cores."""
        if len(self.procs) > self.count:
            busy = 1 + len({r.proc for r in ready if r.proc is not proc})
            if busy > self.count:
                cost *= busy / self.count
        return cost

    @staticmethod
    def behind(me, ready, start):
        """Whether a ready thread of another process could have started well before ``me``'s
        clock (``start(g)`` is when g could start)."""
        limit = me.clock - QUANTUM
        return any(g.proc is not me and start(g) < limit for g in ready)

    def elapsed(self):
        """The run's elapsed virtual time: the furthest any process's clock got."""
        return max(p.clock for p in self.procs)
