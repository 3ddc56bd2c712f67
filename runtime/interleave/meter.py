"""CPU accounting and preemption, through ``sys.monitoring`` LINE events on learner code.

Every line of learner code executed is one event, charged ``sched.COST_PER_EVENT`` virtual
seconds. Counting (rather than reading a real clock) keeps runs deterministic, and only the
learner's own code objects are instrumented, so the runtime and the standard library run at full
speed and are never charged.

The callback is kept tiny: it counts, and only when the count reaches ``limit`` does the slow
path run, which charges the CPU, fires due timers, enforces the step limit, and switches threads
at the end of a time slice while another thread of the same process is ready. ``limit`` is set
so that the slow path runs exactly when one of those things can be due.

Read-modify-write statements on shared data (``counter += 1``) get an extra event between the
read and the write (see ``rewrite``), so a slice can end there and unsynchronised updates are
really lost, as on a free-threaded CPython.
"""

import math
import sys

from . import sched as _sched

TOOL = 4
CHECK_EVERY = 100_000  # events between slow-path visits when nothing else is due

_mon = sys.monitoring
_state = None


class Meter:
    __slots__ = ("n", "limit", "sched", "codes")

    def __init__(self, sched):
        self.n = 0
        self.limit = CHECK_EVERY
        self.sched = sched
        self.codes = []

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
                "StepLimit",
                f"the program executed more than {s.step_limit:,} lines; is there an endless loop?",
            ))
            raise _sched.Abort()
        clock = g.proc.clock
        if clock > s.time_limit:
            s.stop(_sched.RunStopped(
                "VirtualTimeLimit",
                f"the program ran past the virtual time limit of {s.time_limit:g} s",
            ))
            raise _sched.Abort()
        nt = s.next_timer()
        if nt is not None and nt <= clock:
            s.fire_due(clock)
        if s.events >= s.slice_end and s.others_ready():
            s.yield_now()  # the slice is over: the GIL goes to the next ready thread
        else:
            if s.events >= s.slice_end:
                s._start_slice()
            self.rearm()


def _on_line(code, line):
    m = _state
    m.n += 1
    if m.n >= m.limit:
        m.slow()


def rmw_point(value):
    """Called between the read and the write of a shared read-modify-write (see rewrite)."""
    m = _state
    if m is not None:
        m.n += 1
        if m.n >= m.limit:
            m.slow()
    return value


def install(sched):
    global _state
    _state = Meter(sched)
    sched.meter = _state
    try:
        _mon.use_tool_id(TOOL, "interleave")
    except ValueError:  # left registered by an earlier run that crashed
        _mon.free_tool_id(TOOL)
        _mon.use_tool_id(TOOL, "interleave")
    _mon.register_callback(TOOL, _mon.events.LINE, _on_line)
    return _state


def instrument(code):
    """Count the lines of ``code`` and of every function and class body nested in it."""
    stack = [code]
    while stack:
        c = stack.pop()
        _mon.set_local_events(TOOL, c, _mon.events.LINE)
        _state.codes.append(c)
        stack.extend(k for k in c.co_consts if isinstance(k, type(code)))


def uninstall():
    global _state
    if _state is None:
        return
    for c in _state.codes:
        try:
            _mon.set_local_events(TOOL, c, 0)
        except Exception:
            pass
    _mon.register_callback(TOOL, _mon.events.LINE, None)
    _mon.free_tool_id(TOOL)
    _state.sched.meter = None
    _state = None
