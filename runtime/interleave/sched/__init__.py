"""The discrete-event scheduler: green threads on a virtual clock, built of parts by job.

- ``threads``  green threads, blocking and waking, joins
- ``switching`` which ready thread runs next, the timers due by then, the stack switch, deadlock detection
- ``cpu``      the clock as the running thread sees it, CPU charges, when the GIL changes hands
- ``gil``      when a thread waiting for the GIL asks for it (CPython's ``take_gil``)
- ``cores``    processes (each its own clock, its own GIL) and the virtual cores they share
- ``timers``   the timer queue
- ``limits``   virtual time, statements and output limits; ``Abort`` and ``RunStopped``
- ``gc_pause`` the cyclic garbage collector, paused while threads exist
"""

from contextlib import contextmanager

from .. import context
from .cores import COST_PER_EVENT, QUANTUM, Cores, Proc
from .limits import EXIT, Abort, Limits, RunStopped
from .green import BLOCKED, DONE, NEW, READY, RUNNING, Green
from .threads import ABORTED, DEFAULT_WAKE_LATENCY, NO_JSPI, WAKE_LATENCY, Scheduler
from .timers import sleep_detail

__all__ = [
    "ABORTED", "BLOCKED", "EXIT", "COST_PER_EVENT", "DEFAULT_WAKE_LATENCY", "DONE", "NEW", "NO_JSPI",
    "QUANTUM", "READY", "RUNNING", "WAKE_LATENCY", "Abort", "Cores", "Green", "Limits", "Proc",
    "RunStopped", "Scheduler", "blocking", "sleep_detail",
]


@contextmanager
def blocking(reason: str, detail: str):
    """Label the waits inside this block for the trace, e.g. ``blocking("network", "GET url")``
    around the simulated latency of a request (which is a plain sleep underneath)."""
    ctx = context.active()
    if ctx is None:
        yield
        return
    g = ctx.sched.current
    previous = g.label
    g.label = (reason, detail)
    try:
        yield
    finally:
        g.label = previous
