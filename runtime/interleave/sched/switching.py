"""Switching: which ready thread runs next (after the timers due by then fire), and the stack
switch to it. Part of ``Scheduler`` (a base class: ``threads`` blocks, wakes and ends threads,
and every one of those ends here).
"""

from heapq import heappop
from typing import TYPE_CHECKING, Any

from .. import glue
from ..contract import DeadlockKey, Kind, Stop
from ..deadlock import build_report
from .cpu import CpuTime
from .green import BLOCKED, DONE, READY, RUNNING, Green
from .limits import RunStopped
from .timers import ALIVE

if TYPE_CHECKING:  # what the Scheduler these methods belong to provides
    from collections.abc import Callable

    from ..trace import Trace
    from .cores import Proc


class Switching(CpuTime):
    if TYPE_CHECKING:
        greens: list[Green]
        trace: Trace
        policy: Any
        on_process_switch: Callable[[Proc, Proc], None] | None
        dispatches: int
        switches: int

        def abort(self, greens: list[Green], at: float | None = None) -> None: ...

    def fire_due(self, until):
        """Fire every live timer due by ``until``, in time order, first set first among equals."""
        heap = self.timers.heap
        while heap and heap[0][0] <= until:
            when, _, target, alive = heappop(heap)
            if not alive:
                continue
            if isinstance(target, Green):
                if target.state == BLOCKED and target.timer is not None:
                    # ``_make_ready(target, False, when)`` written out: every sleep ends here
                    target.timer = None
                    target.state = READY
                    target.wake_value = False
                    target.ready_at = when
                    self.ready.append(target)
                    if target.reason is not None:
                        trace = self.trace  # ``Trace.add`` inlined (the same tuple)
                        if len(trace.events) < trace.max_events:
                            trace.events.append((when, Kind.WAKE, target.lane, None))
                        else:
                            trace.truncated = True
            else:
                target(when)

    def _start(self, g):
        return g.ready_at if g.ready_at > g.proc.clock else g.proc.clock

    def _pick(self):
        """The ready thread that can start first (FIFO among equals), after due timers fire."""
        ready = self.ready
        heap = self.timers.heap  # ``Timers.next`` inlined: every pick reads it
        while True:
            best = None
            best_t = 0.0  # read only once best is set
            prefer_others = self.stopping is not None
            for g in ready:  # ``_start`` inlined: every hand-off and sleep runs this loop
                if prefer_others and g.is_main:
                    continue
                t = g.ready_at
                clock = g.proc.clock
                if clock > t:
                    t = clock
                if best is None or t < best_t:
                    best, best_t = g, t
            if best is None and prefer_others and ready:  # only the main thread is left to unwind
                best = ready[0]
                best_t = self._start(best)
            policy = self.policy
            if policy is not None and best is not None:
                best = policy.choose(best, best_t)
            while heap and not heap[0][ALIVE]:
                heappop(heap)
            # Exploring, timers due within the policy's window of the earliest start fire first,
            # so that threads waking nearly together compete on priority, not on a tie's order.
            if heap and (best is None or heap[0][0] <= (
                    best_t if policy is None else best_t + policy.window)):
                nt = heap[0][0]
                if nt > self.limits.time and self.stopping is None:
                    self.stop(self.limits.past_time(nt, waiting=True))
                    continue
                self.fire_due(nt)
                continue
            if best is None:
                if self._deadlocked():
                    continue
                return None
            ready.remove(best)
            return best

    def _deadlocked(self):
        blocked = [g for g in self.greens if g.state == BLOCKED]
        if not blocked:
            return False
        if self.stopping is None:
            report = build_report(self, blocked)
            self.stop(RunStopped(Stop.DEADLOCK, report[DeadlockKey.MESSAGE], report))
        else:
            self.abort(self.greens)
        return True

    def _dispatch(self, g):
        proc = g.proc
        if g.ready_at > proc.clock:
            proc.clock = g.ready_at
        g.state = RUNNING
        previous = self.current
        if previous is not None and previous.proc is not proc and self.on_process_switch:
            self.on_process_switch(previous.proc, proc)
        self.current = g
        self.dispatches += 1
        trace = self.trace  # ``Trace.add`` inlined (the same tuple)
        if len(trace.events) < trace.max_events:
            trace.events.append((proc.clock, Kind.RUN, g.lane, None))
        else:
            trace.truncated = True
        # ``took_gil`` written out: every switch runs it
        if proc.gil_holder is not g:
            proc.gil_holder = g
            proc.gil_since = proc.clock
        if self.meter is not None:
            self.meter.rearm(self.budget_for(self.gil_request() if self.ready else None))

    def _switch_from(self, g):
        """Give the CPU away from ``g`` (blocked, ready or done) and return when it is back."""
        nxt = self._pick()
        if nxt is g:
            self._dispatch(g)
            return
        if nxt is None:
            # Nothing at all can run and nothing waits: only reachable when the last thread ends.
            return
        if g.state != DONE:
            g.parker = glue.Parker()
        self._dispatch(nxt)
        self.switches += 1
        nxt.parker.wake()
        if g.state != DONE:
            g.parker.wait()

