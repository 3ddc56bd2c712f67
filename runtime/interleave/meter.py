"""CPU accounting and preemption, driven by the ticks ``rewrite`` puts in learner code.

Every statement of learner code executed is one event, charged ``sched.COST_PER_EVENT`` virtual
seconds; a tick reports how many statements the block it opens runs. Counting (rather than
reading a real clock) keeps runs deterministic, and only the learner's code is metered, so the
runtime and the standard library run at full speed and are never charged.

The tick is kept tiny: it counts, and only when the count reaches ``limit`` does the slow path
run, which charges the CPU, fires due timers, enforces the step limit, and switches threads at
the end of a time slice while another thread of the same process is ready. ``limit`` is set so
that the slow path runs exactly when one of those things can be due.

Read-modify-write statements on shared data (``counter += 1``) get an extra point between the
read and the write (see ``rewrite``), so a switch can happen there and unsynchronised updates
are really lost, as on a free-threaded CPython.
"""

import math

from . import sched as _sched
from .contract import Stop

CHECK_EVERY = 100_000  # events between slow-path visits when nothing else is due

_state = None


class Meter:
    __slots__ = ("n", "limit", "sched")

    def __init__(self, sched):
        self.n = 0
        self.limit = CHECK_EVERY
        self.sched = sched

    def flush(self):
        n = self.n
        if n:
            self.n = 0
            self.sched.charge(n)

    def rearm(self):
        """Recompute how many events may pass before the slow path must run."""
        s = self.sched
        lim = CHECK_EVERY
        if s.ready and s.others_ready():
            lim = min(lim, s.slice_end - s.events)
        if s.ready and len(s.procs) > 1:
            lim = min(lim, int(s.QUANTUM / _sched.COST_PER_EVENT))
        nt = s.next_timer()
        if nt is not None:
            gap = nt - s.current.proc.clock
            lim = min(lim, math.ceil(gap / _sched.COST_PER_EVENT) if gap > 0 else 1)
        lim = min(lim, s.step_limit - s.events + 1)
        self.limit = lim if lim > 1 else 1

    def slow(self):
        s = self.sched
        self.flush()
        if s.stopping is not None:
            raise _sched.Abort()
        g = s.current
        if s.events > s.step_limit:
            s.stop(_sched.RunStopped(
                Stop.STEP_LIMIT,
                f"the program executed more than {s.step_limit:,} lines; is there an endless loop?",
            ))
            raise _sched.Abort()
        clock = g.proc.clock
        if clock > s.time_limit:
            s.stop(_sched.RunStopped(
                Stop.VIRTUAL_TIME_LIMIT,
                f"the program ran past the virtual time limit of {s.time_limit:g} s",
            ))
            raise _sched.Abort()
        nt = s.next_timer()
        if nt is not None and nt <= clock:
            s.fire_due(clock)
        if s.events >= s.slice_end and s.others_ready():
            s.yield_now()  # the slice is over: the GIL goes to the next ready thread
        elif len(s.procs) > 1 and s.behind_ready():
            s.yield_now()  # another process, on another core, is behind in time: let it catch up
        else:
            if s.events >= s.slice_end:
                s._start_slice()
            self.rearm()


def tick(weight):
    """Opens a loop or function body of learner code: ``weight`` statements are about to run."""
    m = _state
    if m is not None:
        m.n += weight
        if m.n >= m.limit:
            m.slow()


def iter_point(iterable):
    """Iterates for a comprehension of learner code, one tick per item."""
    for item in iterable:
        m = _state
        if m is not None:
            m.n += 1
            if m.n >= m.limit:
                m.slow()
        yield item


#: Mean number of read-modify-write points between two forced switches while another thread of
#: the process is ready. Time slices alone (5 ms, ~125,000 lines) would rarely end inside the
#: window, so the race would hide; a seeded switch every ~1000 updates shows it reliably.
RMW_MEAN = 1000


def rmw_point(value):
    """Called between the read and the write of a shared read-modify-write (see rewrite)."""
    m = _state
    if m is not None:
        m.n += 1
        if m.n >= m.limit:
            m.slow()
        s = m.sched
        s.rmw_left -= 1
        if s.rmw_left <= 0:
            s.rmw_left = s.rng.randint(1, 2 * RMW_MEAN)
            if s.others_ready():
                s.yield_now()
    return value


def install(sched):
    global _state
    _state = Meter(sched)
    sched.meter = _state
    return _state


def uninstall():
    global _state
    if _state is None:
        return
    _state.sched.meter = None
    _state = None
