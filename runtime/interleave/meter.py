"""CPU accounting and preemption, driven by the ticks ``rewrite`` puts in learner code.

An event is a nanosecond of the virtual CPU (``sched.COST_PER_EVENT``); a tick reports what one
pass over the block it opens costs (``cost``), and the hooks of ``sized`` what C-level built-ins
cost. Counting (rather than
reading a real clock) keeps runs deterministic, and only the learner's code is metered, so the
runtime and the standard library run at full speed and are never charged.

The tick is kept tiny: it counts, and only when the count reaches ``limit`` does the slow path
run, which charges the CPU and hands over to the scheduler's ``checkpoint`` (limits, due timers,
the end of a time slice). ``limit`` is the scheduler's ``budget``: the slow path runs exactly
when one of those things can be due. The program's module gets the run's meter's bound methods
(``Run.make_module``), so a tick reaches its meter without looking anything up.

Read-modify-write statements on shared data (``counter += 1``) get an extra point between the
read and the write (see ``rewrite``), so a switch can happen there and unsynchronised updates
are really lost, as on a free-threaded CPython.
"""

#: Mean number of read-modify-write points between two forced switches while another thread of
#: the process is ready. Time slices alone (5 ms, ~125,000 lines) would rarely end inside the
#: window, so the race would hide; a seeded switch every ~1000 updates shows it reliably.
RMW_MEAN = 1000

#: ``limit`` of a closed meter: ticks after the run (a finaliser of learner code) only count.
_NEVER = float("inf")


class Meter:
    __slots__ = ("n", "limit", "sched", "rmw_left")

    def __init__(self, sched):
        self.n = 0
        self.sched = sched
        self.limit = 1  # the first tick asks the scheduler for its budget
        self.rmw_left = sched.rng.randint(1, 2 * RMW_MEAN)

    def flush(self):
        n = self.n
        if n:
            self.n = 0
            self.sched.charge(n)

    def rearm(self):
        """Recompute how many events may pass before the slow path must run."""
        if self.limit is not _NEVER:
            self.limit = self.sched.budget()

    def close(self):
        self.limit = _NEVER

    def slow(self):
        if self.limit is _NEVER:
            return
        self.flush()
        self.sched.checkpoint()

    def tick(self, weight):
        """Opens a loop or function body of learner code: ``weight`` nanoseconds of it are about
        to run."""
        self.n += weight
        if self.n >= self.limit:
            self.slow()

    def iter_point(self, iterable, weight=1):
        """Iterates for a comprehension of learner code, one tick of ``weight`` per item."""
        for item in iterable:
            self.n += weight
            if self.n >= self.limit:
                self.slow()
            yield item

    def rmw_point(self, value):
        """Called between the read and the write of a shared read-modify-write (see rewrite); its
        cost is in the statement's tick."""
        if self.n >= self.limit:
            self.slow()
        self.rmw_left -= 1
        if self.rmw_left <= 0 and self.limit is not _NEVER:
            s = self.sched
            self.rmw_left = s.rng.randint(1, 2 * RMW_MEAN)
            if s.others_ready():
                s.yield_now()
        return value
