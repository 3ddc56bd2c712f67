"""The ``time`` module on the virtual clock, for the length of one run (``TimePatch``).

``monotonic``/``perf_counter`` start at 0 for every run; ``time.time()`` starts at a fixed
moment (``EPOCH``, 2026-01-01 00:00:00 UTC) so that it still looks like a date, and advances with
the same clock. ``process_time``/``thread_time`` read the CPU charged to the process/thread.
Everything in the standard library that reads ``time.monotonic()`` at call time (threading's
timeouts, asyncio's loop clock, ``queue`` timeouts) follows the virtual clock too.
"""

import time as _time

from . import context
from .context import sched as _sched
from .contract import Reason
from .patches import Patch, builtin
from .sched.timers import SLEEP_DETAILS, sleep_detail
from .thread_signals import deliver_interrupt

EPOCH = 1767225600.0


def sleep(secs):
    if not isinstance(secs, (int, float)):
        try:
            secs = float(secs)
        except (TypeError, ValueError):
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer or float") from None
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    ctx = context._active  # ``context.current()`` read directly: every sleep runs this
    if ctx is None:
        raise RuntimeError(context.NO_RUN)
    if ctx.on_blocking_sleep is not None:
        ctx.on_blocking_sleep(secs)
    s = ctx.sched
    if secs == 0:  # a yield
        s.settle()
        s.yield_now()
        deliver_interrupt(s)
        return
    detail = SLEEP_DETAILS.get(secs) or sleep_detail(secs)  # ``sleep_detail``'s cache read first
    deadline = s.clock + secs
    # ``Scheduler.sleep`` written out (the clock is read once): every sleep runs this
    ran_out = s.block(Reason.SLEEP, detail, deadline=deadline) is False
    if ctx.interrupts or ctx.async_excs:  # ``deliver_interrupt``'s own test, read here
        deliver_interrupt(s)
    if ran_out:
        return  # the clock is past the deadline: no re-check
    while s.clock < deadline:
        # woken early by a signal (Process.interrupt, os.kill) whose handler returned: as CPython
        # (PEP 475), the sleep goes on for the rest of its time
        s.sleep(deadline - s.clock, detail)
        deliver_interrupt(s)


def monotonic():
    return _sched().clock


def monotonic_ns():
    return round(_sched().clock * 1e9)


def time():
    return EPOCH + _sched().clock


def time_ns():
    return int(EPOCH * 1e9) + round(_sched().clock * 1e9)


def process_time():
    s = _sched()
    s.settle()
    return s.current.proc.cpu


def process_time_ns():
    return round(process_time() * 1e9)


def thread_time():
    s = _sched()
    s.settle()
    return s.current.cpu


def thread_time_ns():
    return round(thread_time() * 1e9)


_FUNCTIONS = {
    "sleep": sleep, "monotonic": monotonic, "monotonic_ns": monotonic_ns,
    "perf_counter": monotonic, "perf_counter_ns": monotonic_ns, "time": time,
    "time_ns": time_ns, "process_time": process_time, "process_time_ns": process_time_ns,
    "thread_time": thread_time, "thread_time_ns": thread_time_ns,
}


#: Functions Emscripten's ``time`` lacks: the run adds them, and undo removes them again.
_ADDED = ("thread_time", "thread_time_ns")


class TimePatch(Patch):
    name = "virtual clock"
    requires = tuple(f"time.{name}" for name in _FUNCTIONS if name not in _ADDED)

    def apply(self, ctx):
        for name, fn in _FUNCTIONS.items():
            self.replace(_time, name, builtin(fn, "time", name))
