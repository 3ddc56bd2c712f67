"""CPU accounting and preemption, driven by the ticks ``rewrite`` puts in learner code.

An event is a nanosecond of the virtual CPU (``sched.COST_PER_EVENT``); a tick reports what one
pass over the block it opens costs (``cost``), and the hooks of ``sized`` what C-level built-ins
cost. Counting (rather than reading a real clock) keeps runs deterministic, and only the
learner's code is metered, so the runtime and the standard library run at full speed and are
never charged.

A tick is no call: the rewritten code decrements the meter's ``left`` inline and calls ``slow``
only when it drops to zero (``rewrite.tick_statements``), about six bytecodes that CPython 3.14
specialises (a slot attribute, a float subtraction and comparison). ``left`` counts down the
events that may pass before the slow path must run (the scheduler's ``budget``: the end of a time
slice, a due timer, the step limit); the slow path charges the CPU and hands over to the
scheduler's ``checkpoint``.

One number carries two counts: a tick subtracts ``events + lines * LINE``, the lines of code the
pass executes riding in the fraction, so the step limit counts lines with no second statement
per pass. Both parts stay exact: every value is a multiple of ``LINE`` = 2**-24 below 2**29
(``budget`` is capped at ``MAX_BUDGET``, and a pass never counts more lines than events, so the
lines between two flushes stay below 2**24).

In a run that explores, read-modify-write statements on shared data (``counter += 1``) pass
their new value through ``rmw_point`` between the read and the write (see ``rewrite``), where the
explorer's instrumentation puts its points; a plain run keeps them as written, as CPython runs
them.
"""

import math
from itertools import chain, islice
from operator import length_hint

from .thread_signals import deliver_interrupt

#: Iterables whose length is their number of items, taken without running learner code.
_SIZED = frozenset({range, list, tuple, str, bytes, dict, set, frozenset, type({}.keys()),
                    type({}.values()), type({}.items())})

#: The weight of one line of code in a tick (see the module's docstring).
LINE = 2.0**-24
_PER_EVENT = 2**24
#: The most events the countdown may hold: keeps every value of ``left`` exact.
MAX_BUDGET = 2**23
#: The most items, and events, a comprehension may pay for at once beyond the countdown: their
#: lines stay in the fraction of one charge (below 2**24) and the charge exact (below 2**29).
_QUIET_MOST = 2**22
_QUIET_EVENTS = 2**28


def weight(events: int, lines: int) -> float:
    """What a tick subtracts from ``left``: ``events`` nanoseconds and ``lines`` lines (at most
    one line per event, which keeps the lines counted between two flushes below 2**24)."""
    return events + min(lines, events) * LINE


class Meter:
    __slots__ = ("left", "armed", "lines", "closed", "sched", "owed")

    def __init__(self, sched):
        self.sched = sched
        self.left = 0.0  # the first tick asks the scheduler for its budget
        self.armed = 0.0  # ``left`` when the countdown was last set: used = armed - left
        self.lines = 0  # lines of learner code run so far (the step limit's count)
        self.closed = False
        #: A comprehension's items handed over at once and not yet counted: (their iterator,
        #: how many it had left when last counted, the weight of one), see ``iter_point``.
        self.owed = None

    def flush(self):
        """Charge what the ticks have counted since the last flush. The countdown starts again
        from where it was set (as the slow path would find it), not from the remainder."""
        if self.owed is not None:
            self._count_owed(self.owed)
        if self.left != self.armed:
            events = self._take_lines()
            self.left = self.armed
            if events:
                self.sched.charge(events)

    def _count_owed(self, owed):
        """Count the items of the comprehension handed over at once that ran since the last
        count: all of them once it is over, those before the one that raised if one did (the
        rest never ran); those of one still running (a reading of the clock in an item's
        dunder) are counted again later."""
        items, before, weight = owed
        still = length_hint(items)
        self.left -= (before - still) * weight
        self.owed = (items, still, weight) if still else None

    def _take_lines(self):
        """Move the lines counted in the fraction of what the ticks used into ``lines``; return
        the whole events used (since the countdown was set)."""
        used = self.armed - self.left
        events = math.floor(used)
        self.lines += round((used - events) * _PER_EVENT)
        return events

    def rearm(self, budget=None):
        """Recompute how many events may pass before the slow path must run (what was counted
        and not yet charged still counts against it); ``budget``: the scheduler's, when the
        caller has it (``checkpoint``)."""
        if not self.closed:
            used = self.armed - self.left
            self.armed = float(min(self.sched.budget() if budget is None else budget, MAX_BUDGET))
            self.left = self.armed - used

    def close(self):
        """After the run (a finaliser of learner code): ticks only count."""
        self.closed = True
        self.owed = None
        self.left = self.armed = float(MAX_BUDGET)

    def slow(self):
        if self.closed:
            self.left = self.armed
            return
        self.flush()
        self.sched.checkpoint()
        # where CPython's eval loop would see a signal or an asynchronous exception for this
        # thread (``thread_signals``): a busy loop meets it within a time slice
        deliver_interrupt(self.sched)

    def tick(self, events):
        """A tick as a call: ``events`` nanoseconds of CPU that are no line of code (the C-level
        work of a built-in, ``sized``), or a weight (``weight``) in a run that explores."""
        if events >= MAX_BUDGET:  # move the lines out of the fraction first: it would lose bits
            self.left = self.armed - self._take_lines()
        self.left -= events
        if self.left <= 0:
            self.slow()

    def iter_point(self, iterable, weight, whole=False):
        """Iterates for a comprehension of learner code, one tick of ``weight`` per item.

        ``whole``: the comprehension runs to its end and its items run no learner code
        (``rewrite``), so the items of a sized iterable come in runs the countdown pays for at
        once, handed over in C (``itertools.islice``) instead of one generator step each; when
        all of them fit in the countdown, as ``_runs``'s first run would take them, they are paid
        for here and the iterable is handed over as it is, with no layer between its items and
        the comprehension. Items beyond the countdown are handed over as they are too, where the
        scheduler has nothing to do meanwhile (``quiet_for``): one thread, no timer due, no limit
        reached. They are owed (``owed``) and counted at the next flush, for as many as ran: the
        countdown is set to zero, so the first tick after the comprehension takes the slow path,
        which counts them and charges, before anything can read the clock. Paid for before they
        ran, they were all charged when one raised early (up to 268 ms never spent), and the
        clock was ahead while they ran."""
        if whole and type(iterable) in _SIZED:
            n = len(iterable)
            total = n * weight
            if self.left - total > 0:
                self.left -= total
                return iterable
            if n < _QUIET_MOST and total < _QUIET_EVENTS and not self.closed:
                self.flush()
                if self.sched.quiet_for(math.floor(total), n):
                    items = iter(iterable)
                    self.owed = (items, n, weight)
                    self.armed = self.left = 0.0  # flushed: nothing counted is lost
                    return items
            return chain.from_iterable(self._runs(iter(iterable), weight))
        return self._each(iterable, weight)

    def _each(self, iterable, weight):
        for item in iterable:
            self.left -= weight
            if self.left <= 0:
                self.slow()
            yield item

    def _runs(self, items, weight):
        """``items`` charged as ``_each`` charges them: runs of as many items as keep ``left``
        above zero (the sum of their ticks is exact, see ``LINE``), and the item whose tick
        reaches zero alone, fetched before the slow path as ``_each`` fetches it. The length
        still to come is asked each time (a list another thread shortened meanwhile)."""
        while True:
            run = min(length_hint(items), max(0, int(self.left // weight)))
            if run and self.left - run * weight <= 0:
                run -= 1
            if run:
                self.left -= run * weight
                yield islice(items, run)
                continue
            for item in items:
                self.left -= weight
                if self.left <= 0:
                    self.slow()
                yield (item,)
                break
            else:
                return

    @staticmethod
    def rmw_point(value):
        """Between the read and the write of a shared read-modify-write in a run that explores
        (see rewrite): the explorer's points are around it; its cost is in the statement's tick."""
        return value
