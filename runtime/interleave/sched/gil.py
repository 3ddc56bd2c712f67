"""When the GIL changes hands between threads of one process, as CPython 3.11 decides it
(``Python/ceval_gil.c``: ``take_gil`` and ``drop_gil``).

A thread that wants the GIL while another thread holds it waits on a condition for one switch
interval. Only when no switch happened during that whole wait does it ask the holder to drop the
GIL (``SET_GIL_DROP_REQUEST``); a wait that saw a switch starts over. So a thread that wakes from
a blocking call (the event loop returning from ``select``) waits a whole interval before it can
even ask, not the rest of the holder's turn. The holder drops the GIL at its next tick and
(``FORCE_SWITCHING``) cannot take it back before another thread has; which of the waiting threads
gets it is up to the OS (one waiter is signalled, others may time out at the same moment). That
choice is a seeded draw here, so a waking thread competes with every CPU-bound waiter as in
CPython: with N busy threads it waits about N intervals, sometimes many more.

Measured with CPython 3.11 on this machine (an asyncio loop sleeping 10 ms beside N CPU-bound
threads, six runs each; a wake-up takes the GIL twice, after ``select`` and after ``select(0)``):
the median delay was 10 ms with one busy thread (two intervals), 9-30 ms with two, 13-52 ms with
four, the worst 60-770 ms. Handing the GIL over first come first served at the end of a jittered
slice (the model before) gave 2-6 ms, and never a long tail.
"""

import math


def drop_request(waiting_since: float, holder_since: float, interval: float) -> float:
    """When a thread waiting for the GIL since ``waiting_since`` asks the thread that has held it
    since ``holder_since`` to drop it: at the end of its first whole wait with no switch in it."""
    if waiting_since >= holder_since:
        return waiting_since + interval
    # its waits that overlapped the last switch do not count
    return waiting_since + interval * (1 + math.ceil((holder_since - waiting_since) / interval))
