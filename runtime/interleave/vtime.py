"""The ``time`` module on the virtual clock, for the length of one run (``TimePatch``).

``monotonic``/``perf_counter`` start at 0 for every run; ``time.time()`` starts at a fixed
moment (``EPOCH``, 2026-01-01 00:00:00 UTC) so that it still looks like a date, and advances with
the same clock. ``process_time``/``thread_time`` read the CPU charged to the process/thread.
Everything in the standard library that reads ``time.monotonic()`` at call time (threading's
timeouts, asyncio's loop clock, ``queue`` timeouts) follows the virtual clock too.
"""

import time as _time

from .context import current as _ctx
from .context import sched as _sched
from .patches import Patch, builtin
from .sched import sleep_detail
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
    ctx = _ctx()
    if ctx.on_blocking_sleep is not None:
        ctx.on_blocking_sleep(secs)
    detail = sleep_detail(secs)
    s = ctx.sched
    deadline = s.clock + secs
    ran_out = s.sleep(secs, detail) is False  # the clock is past the deadline: no re-check
    deliver_interrupt(s)
    if ran_out:
        return
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
