"""The ``time`` module on the virtual clock, for the length of one run.

``monotonic``/``perf_counter`` start at 0 for every run; ``time.time()`` starts at a fixed
moment (``EPOCH``, 2026-01-01 00:00:00 UTC) so that it still looks like a date, and advances with
the same clock. ``process_time``/``thread_time`` read the CPU charged to the process/thread.
Everything in the standard library that reads ``time.monotonic()`` at call time (threading's
timeouts, asyncio's loop clock, ``queue`` timeouts) follows the virtual clock too.
"""

import time as _time

EPOCH = 1767225600.0

_saved = {}
_sched = None
_on_blocking_sleep = None  # hook(seconds) -> None, set by aio: time.sleep inside a running loop


def _now():
    return _sched.clock


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
    if _on_blocking_sleep is not None:
        _on_blocking_sleep(secs)
    _sched.sleep(secs)


def monotonic():
    return _now()


def monotonic_ns():
    return int(round(_now() * 1e9))


def time():
    return EPOCH + _now()


def time_ns():
    return int(EPOCH * 1e9) + int(round(_now() * 1e9))


def process_time():
    _sched.clock  # flush the meter
    return _sched.current.proc.cpu


def process_time_ns():
    return int(round(process_time() * 1e9))


def thread_time():
    _sched.clock
    return _sched.current.cpu


def thread_time_ns():
    return int(round(thread_time() * 1e9))


_PATCHES = {
    "sleep": sleep, "monotonic": monotonic, "monotonic_ns": monotonic_ns,
    "perf_counter": monotonic, "perf_counter_ns": monotonic_ns, "time": time,
    "time_ns": time_ns, "process_time": process_time, "process_time_ns": process_time_ns,
    "thread_time": thread_time, "thread_time_ns": thread_time_ns,
}


def install(sched):
    global _sched
    _sched = sched
    for name, fn in _PATCHES.items():
        _saved.setdefault(name, getattr(_time, name, None))
        setattr(_time, name, fn)


def uninstall():
    global _sched, _on_blocking_sleep
    for name, fn in _saved.items():
        if fn is None:
            delattr(_time, name)
        else:
            setattr(_time, name, fn)
    _saved.clear()
    _sched = None
    _on_blocking_sleep = None
