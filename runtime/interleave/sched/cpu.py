"""The CPU: the virtual clock as the running thread sees it, what learner code is charged, and
when the GIL changes hands. Part of ``Scheduler`` (a base class: these run on every tick's slow path).

The meter counts the CPU (events) and the lines of learner code; ``budget`` says how many events
may run before something can be due, and ``checkpoint`` (the meter's slow path) enforces the
limits, fires due timers and hands the GIL to a waiting thread of the process when one asks for it
(``gil``).
"""

import math
import sys
from heapq import heappop
from typing import TYPE_CHECKING

from .cores import COST_PER_EVENT, QUANTUM
from .gil import drop_request
from .limits import Abort, learner_line
from .timers import ALIVE

if TYPE_CHECKING:  # what the Scheduler these methods belong to provides
    import random
    from collections import deque

    from ..meter import Meter
    from .cores import Cores, Proc
    from .limits import Limits, RunStopped
    from .green import Green
    from .timers import Timers

#: Events (nanoseconds of CPU) between two visits of the meter's slow path when nothing else is
#: due: 4 ms of virtual CPU, about 100,000 lines.
CHECK_EVERY = 4_000_000
#: The quantum (see ``cores.QUANTUM``) in events of learner code.
QUANTUM_EVENTS = int(QUANTUM / COST_PER_EVENT)


class CpuTime:
    if TYPE_CHECKING:
        meter: Meter | None
        current: Green
        ready: deque[Green]
        cores: Cores
        procs: list[Proc]
        timers: Timers
        limits: Limits
        stopping: RunStopped | None
        events: int
        rng: random.Random

        def fire_due(self, until: float) -> None: ...
        def yield_now(self) -> None: ...
        def stop(self, reason: RunStopped) -> None: ...
        def _start(self, g: Green) -> float: ...

    @property
    def clock(self) -> float:
        """Virtual time as seen by the running thread (its process's clock)."""
        if self.meter is not None:
            self.meter.flush()
        return self.current.proc.clock

    def settle(self) -> None:
        """Charge what the meter has counted so far (before reading CPU times)."""
        if self.meter is not None:
            self.meter.flush()

    def charge(self, events: int) -> None:
        """Charge ``events`` (nanoseconds of CPU) of learner code to the running thread."""
        g = self.current
        cost = events * COST_PER_EVENT
        cores = self.cores
        if len(self.procs) > cores.count:  # ``share``'s own test, read here: most runs have one process
            cost = cores.share(cost, g.proc, self.ready)
        g.proc.clock += cost
        g.proc.cpu += cost
        g.cpu += cost
        self.events += events

    def charge_seconds(self, seconds: float) -> None:
        """Charge CPU time that is not lines of learner code (e.g. importing a module)."""
        self.settle()
        g = self.current
        g.proc.clock += seconds
        g.proc.cpu += seconds
        g.cpu += seconds

    def budget(self) -> int:
        """How many events of learner code may run before ``checkpoint`` must: a waiting thread
        asking for the GIL, a process catching up, the next timer or the step limit, whichever
        first. A tick counts at most one line per event, so the lines left are a bound in events."""
        return self.budget_for(self.gil_request() if self.ready else None)

    def budget_for(self, request: float | None) -> int:
        """``budget`` given the GIL ``request`` (``gil_request``, None without ready threads):
        ``checkpoint`` has just computed it, and nothing between changes the ready threads, the
        clock or the holder's ``gil_since``."""
        # Every dispatch runs this (``took_gil``): the calls of ``min`` and ``Timers.next`` are
        # written out, the same comparisons in the same order.
        lim = CHECK_EVERY
        proc = self.current.proc
        if request is not None:
            gap = request - proc.clock
            due = math.ceil(gap / COST_PER_EVENT) if gap > 0 else 1
            if due < lim:
                lim = due
        if len(self.procs) > 1 and QUANTUM_EVENTS < lim and self.ready:
            lim = QUANTUM_EVENTS
        heap = self.timers.heap
        while heap and not heap[0][ALIVE]:
            heappop(heap)
        if heap:
            gap = heap[0][0] - proc.clock
            due = math.ceil(gap / COST_PER_EVENT) if gap > 0 else 1
            if due < lim:
                lim = due
        meter = self.meter
        if meter is not None:
            steps = self.limits.steps - meter.lines + 1
            if steps < lim:
                lim = steps
        return lim if lim > 1 else 1

    def quiet_for(self, events: int, lines: int) -> bool:
        """Whether ``events`` more of the running thread's CPU and ``lines`` more lines could pass
        with nothing for ``checkpoint`` to do but re-arm: one process, no thread ready for the
        GIL, no timer due and no limit reached within them (``Meter.iter_point`` then charges a
        comprehension's items at once, as the checkpoints every ``CHECK_EVERY`` would have)."""
        if self.ready or len(self.procs) > 1 or self.stopping is not None:
            return False
        meter = self.meter
        if meter is None or meter.lines + lines >= self.limits.steps:
            return False
        end = self.current.proc.clock + events * COST_PER_EVENT
        nt = self.timers.next()
        return end <= self.limits.time and (nt is None or nt > end)

    def checkpoint(self) -> None:
        """The running thread's CPU is charged: enforce the limits, fire due timers, and switch
        threads when a waiting thread asks for the GIL or another process is behind in time."""
        if self.stopping is not None:
            raise Abort()
        limits = self.limits
        if self.meter is not None and self.meter.lines > limits.steps:
            self.stop(limits.past_steps(learner_line()))
            raise Abort()
        clock = self.current.proc.clock
        if clock > limits.time:
            self.stop(limits.past_time(clock))
            raise Abort()
        nt = self.timers.next()
        if nt is not None and nt <= clock:
            self.fire_due(clock)
        request = self.gil_request() if self.ready else None
        if request is not None and request <= clock:
            self.hand_gil(clock)
        elif len(self.procs) > 1 and self.behind_ready():
            self.yield_now()  # another process, on another core, is behind in time: let it catch up
        elif self.meter is not None:
            self.meter.rearm(self.budget_for(request))

    def gil_request(self) -> float | None:
        """When the first thread of the running process that waits for the GIL asks for it."""
        proc = self.current.proc
        since = proc.gil_since
        interval = sys.getswitchinterval()  # the program may change it, as in CPython
        first = None
        for g in self.ready:
            if g.proc is proc:
                t = drop_request(g.ready_at, since, interval)
                if first is None or t < first:
                    first = t
        return first

    def hand_gil(self, now: float) -> None:
        """The holder drops the GIL on request; one of the threads waiting for it by ``now``,
        drawn with the run's seed as the OS would pick it, takes it (``gil``)."""
        proc = self.current.proc
        waiting = [g for g in self.ready if g.proc is proc and g.ready_at <= now]
        if len(waiting) > 1:
            taker = waiting[self.rng.randrange(len(waiting))]
            self.ready.remove(taker)
            self.ready.appendleft(taker)  # first among the threads that can start now
        self.yield_now()

    def behind_ready(self) -> bool:
        """Whether a ready thread of another process could have started well before now."""
        return self.cores.behind(self.current.proc, self.ready, self._start)

    def took_gil(self):
        """The running thread has just been dispatched: it holds its process's GIL. Retaking it
        after a wait no other thread took it in is no switch (``take_gil``'s ``last_holder``)."""
        g = self.current
        proc = g.proc
        if proc.gil_holder is not g:
            proc.gil_holder = g
            proc.gil_since = proc.clock
        if self.meter is not None:
            self.meter.rearm(self.budget_for(self.gil_request() if self.ready else None))
