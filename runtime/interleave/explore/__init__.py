"""Exploration mode: runs that look for the schedules where a program goes wrong.

A plain run switches threads only where CPython does, so it shows one likely interleaving. An
exploring run (``RunRequest.explore``; the checker's ``schedules`` checks and
``interleave explore``) also gets a scheduling point at every access to shared data in learner
code (``instrument``), and decides at each point which thread runs, by the strategy below.

Strategy: PCT (probabilistic concurrency testing, Burckhardt et al., ASPLOS 2010). Every thread
gets a random priority; the ready thread with the highest priority runs; at ``depth`` change
points, chosen at random among the run's scheduling points, the running thread drops below
every other. A bug that needs ``d`` ordering constraints is found by one schedule with
probability at least 1/(n * k^(d-1)) (n threads, k points), and in practice far more often:
a lost update or a check-then-act needs one change point anywhere between the read and the
write, a lock-order inversion one between the two acquisitions. Why PCT rather than partial-order
reduction (DPOR): DPOR enumerates schedules systematically and is exhaustive for small programs,
but needs many runs for a program with thousands of accesses and stays blind inside the budget
to anything past its first branches; PCT's guarantee holds for any program size and a budget of
tens of runs, each schedule is independent (the checker can stop at the first failure), and a
schedule is just a seed (replayable). Each thread switch costs a real stack switch (JSPI), and
PCT switches only at its few change points and where a thread blocks, so an exploring run of a
40,000-iteration program costs about as much as a plain one.

Only points where another thread is ready count as steps (``steps``); change points are drawn
from ``1..steps_hint``, the count the previous schedule reported, so they land where threads
actually compete rather than in single-threaded set-up code.

Directed change points for deadlocks: in schedules of odd depth (the first schedule among them),
a thread about to take a lock while it holds another one drops below every other thread, once
per thread. A lock-order inversion needs exactly that switch (one thread holds its first lock
when the other takes its own), and a random change point lands there with probability about
1/steps; a circle of n threads needs it in each of them, which PCT's few change points cannot
give. It costs one look at the locks a thread entered, at a ``with``, in those schedules only.

Timing varies too, as on a real machine, in one of three ways per schedule (``timing``):

- ``jitter``: every wake-up is late by its own seeded random amount, up to ``JITTER`` s;
- ``late``: every wake-up is late by the whole ``JITTER`` (a loaded machine), so a thread that
  has woken more often falls further behind: a philosopher who slept twice (arrival, then
  reaching for the second fork) reaches the fork after a neighbour who arrived 1 ms "later";
- ``skew``: half the threads are late by the whole ``JITTER`` on every wake-up and the others
  are on time (they run on a slower core): the even-numbered threads in schedules of odd depth,
  the odd-numbered ones otherwise. Two threads started one after the other whose deadlines are
  less than ``JITTER`` apart (a "staggered start": sleep 9 ms, sleep 10 ms) then fire in the
  other order in one of the first two skew schedules, where uniform shares swap them in one
  skew schedule of eight.

Timers due within ``WINDOW`` of the earliest ready thread fire before the scheduler chooses,
so threads waking nearly together compete on priority rather than on which timer was set a few
microseconds first. That is also what a lost wake-up needs: with ``if`` instead of ``while``
around ``cond.wait()``, a consumer whose timer ends just after a notify takes the item before
the notified one re-acquires the lock. All three timings stay inside one envelope (at most
``JITTER`` plus the wake-up latency), so timers with equal or nearly equal deadlines fire in
either order and code that relies on ``time.sleep`` instead of synchronisation fails, while a
correct program cannot, whatever the delays.

``record`` keeps a log of the accesses (``explain`` turns it into the counterexample the
learner reads); exploration itself records nothing, and the checker replays the failing seed
with ``record`` on.
"""

import random

from . import instrument as _instrument

#: Extra wake-up delay, at most (virtual seconds): a loaded machine's scheduler latency, large
#: enough to swap timers a millisecond or so apart.
JITTER = 0.002
#: The ways a schedule's wake-ups are late (see above); the request's ``timing`` names one.
TIMINGS = ("jitter", "late", "skew")
#: Ready threads that can start within this many virtual seconds of the earliest one compete on
#: priority; beyond it, time order wins (threads in other processes far behind catch up first).
WINDOW = 0.0005
#: Accesses recorded at most (the log is for explaining the first conflicts, not for all).
LOG_MAX = 400_000

_MISSING = object()


def _snapshot(value):
    """What a read or write saw, safe to keep: the value itself when immutable, otherwise the
    object's type and identity (a mutable object's later state is not what was seen)."""
    if value is None or type(value) in (int, float, bool, str, bytes, complex):
        return value
    return ("object", type(value).__name__, id(value))


class Explorer:
    """PCT scheduling policy and the access hooks of one exploring run."""

    def __init__(self, sched, seed: int, depth: int, steps_hint: int, record: bool,
                 timing: str = "jitter"):
        self.sched = sched
        self.rng = random.Random((seed * 1_000_003) ^ 0x5EED)
        if timing not in TIMINGS:
            raise ValueError(f"unknown timing {timing!r}: one of {', '.join(TIMINGS)}")
        self.timing = timing
        # timing "skew": threads with g.id % 2 == this are slow. Not drawn from the seed: the
        # checker's depths alternate odd and even over its skew schedules, so the first one slows
        # the even-numbered threads (the first worker started: main is 1) and the next the odd
        # ones, and two threads started one after the other swap in one of the first two.
        self.slow_parity = (int(depth) + 1) % 2
        self.window = WINDOW  # read by the scheduler: timers this near the next start fire first
        self.prio = {}
        self.low = 0.0
        self.steps = 0
        hint = max(1, int(steps_hint))
        self.changes = sorted(self.rng.randint(1, hint) for _ in range(max(0, int(depth))))
        self.next_change = self.changes.pop(0) if self.changes else float("inf")
        self.record = record
        # nested acquires as change points (see above): thread id -> lock-like objects it entered
        self.nest = depth % 2 == 1
        self.entered = {}
        self.nested_done = set()  # threads already dropped at a nested acquire
        self.log = []
        self.sites = []  # (line, kind, text, is_check) per instrumented place (see instrument)
        self.seen_dispatch = -1
        self.seen_ready = -1

    # ----- the policy (called by the scheduler) ------------------------------------------------

    def priority(self, g) -> float:
        p = self.prio.get(g.id)
        if p is None:
            p = self.prio[g.id] = 1.0 + self.rng.random()
        return p

    def choose(self, best, best_t):
        """Among the ready threads that can start about as early as ``best``, the highest
        priority one."""
        s = self.sched
        if s.stopping is not None:
            return best
        limit = best_t + WINDOW
        chosen, top = best, self.priority(best)
        for g in s.ready:
            if g is not best and s._start(g) <= limit:
                p = self.priority(g)
                if p > top:
                    chosen, top = g, p
        return chosen

    def _delay(self, g) -> float:
        if self.timing == "late":
            return JITTER
        if self.timing == "skew":
            return JITTER if g.id % 2 == self.slow_parity else 0.0
        return JITTER * self.rng.random()

    def late(self, latency: float, g) -> float:
        """How late thread ``g``'s timed wait wakes in this schedule."""
        if self.timing == "jitter":
            latency *= 0.5 + self.rng.random()
        return latency + self._delay(g)

    # ----- scheduling points (called from learner code) ----------------------------------------

    def point(self):
        """One scheduling point: count it if another thread is ready, drop the running thread's
        priority at a change point, and yield to a ready thread of higher priority."""
        s = self.sched
        ready = s.ready
        if not ready:
            return
        steps = self.steps = self.steps + 1
        if (steps < self.next_change and s.dispatches == self.seen_dispatch
                and len(ready) == self.seen_ready):
            return  # nothing changed since the last point decided to keep running
        if s.stopping is not None:
            return
        g = s.current
        if steps >= self.next_change:
            self.low -= 1.0
            self.prio[g.id] = self.low
            self.next_change = self.changes.pop(0) if self.changes else float("inf")
        p = self.priority(g)
        for r in ready:
            if self.priority(r) > p:
                self.seen_dispatch = -1
                s.yield_now()
                return
        # Between two points of one thread, the ready set only grows (threads it wakes) or
        # changes with a dispatch: the same length and no dispatch mean the same decision.
        self.seen_dispatch = s.dispatches
        self.seen_ready = len(ready)

    def nested(self, lock):
        """Before the running thread enters ``lock`` (a ``with``): if it holds another lock it
        entered, drop it below every other thread, once per thread (see above)."""
        g = self.sched.current
        if g.id in self.nested_done:
            return
        # Only the locks it still holds are kept: a lock made anew for every call (a mistake the
        # course looks for) would otherwise grow the list by one per iteration, and the scan
        # with it (a 40,000-iteration loop then never ended).
        before = self.entered.get(g.id, ())
        held = [other for other in before if other is not lock and _holds(other, g)]
        holds = bool(held)
        if _lock_like(lock):
            held.append(lock)
        self.entered[g.id] = held
        if holds and self.sched.ready:
            self.nested_done.add(g.id)
            self.low -= 1.0
            self.prio[g.id] = self.low
            self.seen_dispatch = -1  # decide again at the point that follows

    def _log(self, site, loc, value):
        if len(self.log) < LOG_MAX:
            s = self.sched
            self.log.append((s.current, site, loc, _snapshot(value), s.clock))

    def hooks(self) -> dict:
        """The functions instrumented code calls (see instrument); closures, for speed."""
        i = _instrument
        point = self.point
        sched = self.sched
        sites = self.sites
        log = self._log if self.record else None

        def read(value, site):
            if log is not None:
                log(site, ("global", sched.current.proc.pid, sites[site][2]), value)
            if sched.ready:
                point()
            return value

        def write(value, site):
            if sched.ready:
                point()
            if log is not None:
                log(site, ("global", sched.current.proc.pid, sites[site][2]), value)
            return value

        def read_attr(obj, name, site):
            value = getattr(obj, name)
            if log is not None:
                log(site, (id(obj), name), value)
            if sched.ready:
                point()
            return value

        def write_attr(value, obj, name, site):
            if sched.ready:
                point()
            if log is not None:
                log(site, (id(obj), name), value)
            return value

        def read_item(obj, key, site):
            value = obj[key]
            if log is not None:
                log(site, _item_loc(obj, key), value)
            if sched.ready:
                point()
            return value

        def write_item(value, obj, key, site):
            if sched.ready:
                point()
            if log is not None:
                log(site, _item_loc(obj, key), value)
            return value

        def contains(key, container, site):
            found = key in container
            if log is not None:
                log(site, _item_loc(container, key), found)
            if sched.ready:
                point()
            return found

        def test(value, site):
            truth = bool(value)
            if log is not None:
                log(site, None, truth)
            if sched.ready:
                point()
            return truth

        nest = self.nested if self.nest else None

        def enter(value, site):
            if log is not None:
                log(site, None, None)
            if nest is not None:
                nest(value)
            if sched.ready:
                point()
            return value

        def at(value, site):
            if log is not None:
                log(site, None, None)
            if sched.ready:
                point()
            return value

        return {
            i.READ: read, i.WRITE: write, i.READ_ATTR: read_attr, i.WRITE_ATTR: write_attr,
            i.READ_ITEM: read_item, i.WRITE_ITEM: write_item, i.CONTAINS: contains, i.TEST: test,
            i.POINT: at, i.ENTER: enter,
        }

    def result(self, deadlock=None) -> dict:
        out: dict = {"steps": self.steps}
        if self.record:
            from .explain import explain

            out["race"] = explain(self.log, self.sites, deadlock)
        return out


def _lock_like(obj) -> bool:
    return hasattr(obj, "_holder") or hasattr(obj, "_owner") or hasattr(obj, "_lock")


def _holds(lock, g) -> bool:
    """Whether thread ``g`` holds ``lock``: a ``_thread.lock`` (its holder), an RLock (its owner's
    ident), or a Condition or anything else built on one (``_lock``)."""
    for _ in range(4):  # Semaphore -> Condition -> lock at most
        holder = getattr(lock, "_holder", _MISSING)
        if holder is not _MISSING:
            return holder is g
        owner = getattr(lock, "_owner", _MISSING)
        if owner is not _MISSING:
            return owner == g.ident
        lock = getattr(lock, "_lock", None)
        if lock is None:
            return False
    return False


def _item_loc(obj, key):
    try:
        hash(key)
    except TypeError:
        return (id(obj), "[]")
    return (id(obj), ("item", key))


def install(sched, seed: int, options: dict) -> Explorer:
    """Make ``sched`` explore: PCT policy and jittered wake-ups."""
    ex = Explorer(sched, seed, int(options.get("depth", 2)), int(options.get("steps", 200)),
                  bool(options.get("record", False)), str(options.get("timing", "jitter")))
    sched.policy = ex
    return ex


def instrument(tree, sites, source=None):
    return _instrument.instrument(tree, sites, source)
