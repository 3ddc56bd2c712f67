"""The discrete-event scheduler: green threads on a virtual clock.

Only one green thread runs at a time (WebAssembly is single-threaded). Each belongs to a
process (``Proc``) whose clock advances by the CPU its threads are charged for (see ``meter``);
threads of one process therefore serialise, as under the GIL. Sleeping and waiting cost nothing:
a blocked thread lets the scheduler run the next ready thread, and when no thread is ready the
clock jumps to the earliest timer. When nothing is ready and no timer is pending while threads
still wait, the run is deadlocked and every thread is unwound (``Abort``).

The next thread to run is the ready thread that can start earliest, first come first served;
timers due by then fire first. This is what makes runs deterministic: no decision depends on
anything but the program, its seed and virtual time.
"""

import gc
import heapq
import random
import sys
from collections import deque
from contextlib import contextmanager

from . import glue
from .contract import DEFAULTS, DeadlockKey, Kind, LaneKind, Reason, RequestKey, Stop

#: Virtual seconds charged for each line of learner code executed: about what CPython 3.11 takes
#: per line on a typical laptop (a two-line loop body runs in ~70 ns).
COST_PER_EVENT = 40e-9

NEW, READY, RUNNING, BLOCKED, DONE = "new", "ready", "running", "blocked", "done"

#: How late a timed wait wakes, by reason, as measured with CPython 3.11 on an idle Linux
#: machine (20 waits of 50 ms each): the OS never wakes a thread exactly on time. Sequential
#: waits add up, which decides the order of things that would otherwise tie.
WAKE_LATENCY = {Reason.SLEEP: 0.00017, Reason.SELECT: 0.00035}
DEFAULT_WAKE_LATENCY = 0.00025

#: Returned by ``block`` to a thread that is being unwound.
ABORTED = "aborted"

NO_JSPI = (
    "can't start new thread: this browser cannot switch Python stacks. Threads and processes "
    "need WebAssembly stack switching (JSPI): Chrome 137+, Firefox 153+ or Safari 27+. "
    "asyncio programs run everywhere."
)


@contextmanager
def blocking(reason: str, detail: str):
    """Label the waits inside this block for the trace, e.g. ``blocking("network", "GET url")``
    around the simulated latency of a request (which is a plain sleep underneath)."""
    from . import fakethread

    s = fakethread.current
    if s is None:
        yield
        return
    g = s.current
    previous = g.label
    g.label = (reason, detail)
    try:
        yield
    finally:
        g.label = previous


class Abort(BaseException):
    """Raised inside a green thread to unwind it when the run stops (limit, deadlock, exit)."""


class RunStopped(Exception):
    """Why a run was stopped early: ``kind`` is one of ``contract.Stop`` (or "Exit", the
    interpreter's normal shutdown, which is not an error)."""

    def __init__(self, kind: str, message: str, report=None):
        super().__init__(message)
        self.kind = kind
        self.report = report


class Proc:
    """A simulated process: its own clock (its own GIL) and its threads."""

    def __init__(self, pid: int, name: str, lane: int, parent):
        self.pid = pid
        self.name = name
        self.lane = lane
        self.parent = parent
        self.clock = 0.0
        self.cpu = 0.0
        self.greens = []
        self.world = {}  # its private modules while another process runs (see world.swap)
        self.main = None  # its main thread
        self.exitcode = None
        self.killed = None  # signal number when terminated or killed
        self.bootstrapping = False


class Green:
    """A green thread: one Python stack, one lane on the timeline."""

    __slots__ = (
        "id", "ident", "native_id", "name", "proc", "lane", "state", "daemon", "is_main",
        "ready_at", "parker", "wake_value", "timer", "reason", "detail", "waits_on", "frame",
        "joiners", "cpu", "task_lane", "label",
    )

    def __init__(self, gid: int, name: str, proc: Proc, lane: int, daemon: bool):
        self.id = gid
        self.ident = 0x7F3A_0000_0000 + gid * 0x1000
        self.native_id = proc.pid + gid - 1 if gid > 1 else proc.pid
        self.name = name
        self.proc = proc
        self.lane = lane
        self.state = NEW
        self.daemon = daemon
        self.is_main = False
        self.ready_at = 0.0
        self.parker = None
        self.wake_value = None
        self.timer = None
        self.reason = None
        self.detail = None
        self.waits_on = None
        self.frame = None
        self.joiners = []
        self.cpu = 0.0
        self.task_lane = None  # lane of the asyncio task running on this thread, if any
        self.label = None  # (reason, detail) set by ``blocking`` for the waits inside it


class Scheduler:
    def __init__(self, trace, *, seed=DEFAULTS[RequestKey.SEED],
                 time_limit=DEFAULTS[RequestKey.VIRTUAL_TIME_LIMIT],
                 step_limit=DEFAULTS[RequestKey.STEP_LIMIT], switch_interval=0.005,
                 user_file=DEFAULTS[RequestKey.FILENAME]):
        self.trace = trace
        self.user_file = user_file  # the learner's file: deadlock reports look for its frames
        self.rng = random.Random(seed)
        self.time_limit = time_limit
        self.step_limit = step_limit
        self.switch_interval = switch_interval
        self.timers = []  # heap of [when, seq, target, alive]
        self._seq = 0
        self.ready = deque()
        self.greens = []
        self.procs = []
        self.current = None
        self.stopping = None  # RunStopped while the run is being unwound
        self.events = 0  # learner-code events charged so far
        self.slice_end = 0
        self.rmw_left = self.rng.randint(1, 2000)  # see meter.rmw_point
        self.meter = None  # set by meter.install
        self.on_process_switch = None  # hook(old proc, new proc) before another process runs
        self.cores = 4
        self.gc_paused = False
        self.main_proc = self.new_proc("MainProcess", None)

    # ----- processes and threads -------------------------------------------------------------

    def new_proc(self, name, parent):
        pid = 4242 + 100 * len(self.procs)
        lane = self.trace.lane(LaneKind.PROCESS, name, parent.lane if parent else None, None)
        proc = Proc(pid, name, lane, parent)
        self.procs.append(proc)
        return proc

    def spawn_process(self, name, fn):
        """Create a process whose main thread runs ``fn()``; its module world starts empty."""
        parent = self.current.proc
        proc = self.new_proc(name, parent)
        g = self.spawn(fn, "MainThread", False, proc=proc)
        proc.main = g
        return proc

    def adopt_main(self, name="MainThread"):
        """Make the calling stack the main thread of the main process."""
        proc = self.main_proc
        g = self._new_green(name, proc, False)
        g.is_main = True
        proc.main = g
        g.state = RUNNING
        self.current = g
        self.trace.add(0.0, Kind.START, g.lane)
        self.trace.add(0.0, Kind.RUN, g.lane)
        self._start_slice()
        return g

    def _new_green(self, name, proc, daemon, parent=None):
        gid = len(self.greens) + 1
        parent_lane = parent.lane if parent else proc.lane
        lane = self.trace.lane(LaneKind.THREAD, name, parent_lane, proc.lane)
        g = Green(gid, name, proc, lane, daemon)
        self.greens.append(g)
        proc.greens.append(g)
        return g

    def spawn(self, fn, name, daemon, proc=None):
        """Create a thread that will run ``fn()``; it becomes ready at once."""
        if not glue.available():
            raise RuntimeError(NO_JSPI)
        if not self.gc_paused and gc.isenabled():
            # CPython's cyclic GC walks the frames of every thread state, and a suspended
            # stack's C-stack part may have been moved aside by Pyodide: collecting then reads
            # garbage and crashes. No automatic collection while threads exist; the runner
            # collects once all of them have ended (see resume_gc).
            gc.disable()
            self.gc_paused = True
        parent = self.current
        g = self._new_green(name, proc or parent.proc, daemon, parent)
        g.parker = glue.Parker()
        now = self.clock
        self.trace.add(now, Kind.START, g.lane)
        self._make_ready(g, True, now)

        def body():
            g.parker.wait()  # until first dispatched
            try:
                if self.stopping is None:
                    fn()
            except Abort:
                pass
            finally:
                self._exit(g)

        glue.spawn(body)
        return g

    def resume_gc(self):
        """Collect and re-enable the GC; only call when no other green thread is suspended."""
        if self.gc_paused:
            self.gc_paused = False
            gc.enable()
            gc.collect()

    # ----- the clock -------------------------------------------------------------------------

    @property
    def clock(self) -> float:
        """Virtual time as seen by the running thread (its process's clock)."""
        if self.meter is not None:
            self.meter.flush()
        return self.current.proc.clock

    def charge(self, events: int) -> None:
        """Charge ``events`` lines of learner code to the running thread."""
        cost = events * COST_PER_EVENT
        g = self.current
        if len(self.procs) > self.cores:
            busy = 1 + len({r.proc for r in self.ready if r.proc is not g.proc})
            if busy > self.cores:  # more processes want the CPU than there are cores: they share
                cost *= busy / self.cores
        g.proc.clock += cost
        g.proc.cpu += cost
        g.cpu += cost
        self.events += events

    def charge_seconds(self, seconds: float) -> None:
        """Charge CPU time that is not lines of learner code (e.g. importing a module)."""
        self.clock  # flush the meter first
        g = self.current
        g.proc.clock += seconds
        g.proc.cpu += seconds
        g.cpu += seconds

    # ----- blocking and waking ---------------------------------------------------------------

    def block(self, reason, detail=None, waits_on=None, deadline=None, frame=None):
        """Suspend the running thread until ``wake`` (returns True) or ``deadline`` (False).

        Returns ABORTED, after which the caller must raise ``Abort``, when the run is stopping.
        """
        if self.stopping is not None:
            raise Abort()
        g = self.current
        now = self.clock
        if g.label is not None and reason == Reason.SLEEP:
            reason, detail = g.label
        g.state = BLOCKED
        g.reason, g.detail, g.waits_on, g.frame = reason, detail, waits_on, frame
        g.wake_value = None
        if deadline is not None:
            late = WAKE_LATENCY.get(reason, DEFAULT_WAKE_LATENCY)
            g.timer = self.add_timer(max(deadline, now) + late, g)
        self.trace.add(now, Kind.BLOCK, g.lane, reason=reason, detail=detail)
        self._switch_from(g)
        g.reason = g.detail = g.waits_on = g.frame = None
        if g.wake_value is ABORTED:
            raise Abort()
        return g.wake_value

    def wake(self, g, value=True):
        """Make a blocked thread ready; it runs when the scheduler picks it."""
        if g.state != BLOCKED:
            return False
        if g.timer is not None:
            g.timer[3] = False
            g.timer = None
        self._make_ready(g, value, self.clock if self.current else g.ready_at)
        return True

    def _make_ready(self, g, value, at):
        g.state = READY
        g.wake_value = value
        g.ready_at = at
        self.ready.append(g)
        if value is not ABORTED and g.reason is not None:
            self.trace.add(at, Kind.WAKE, g.lane)

    def sleep(self, seconds: float, detail=None):
        if seconds <= 0:
            self.yield_now()
            return
        self.block(Reason.SLEEP, detail or f"sleep({seconds:g})", deadline=self.clock + seconds)

    def yield_now(self):
        """Let other ready threads of this process run first (``time.sleep(0)``, slice end)."""
        if self.stopping is not None:
            raise Abort()
        if not self.ready:
            return
        g = self.current
        now = self.clock
        g.state = READY
        g.ready_at = now
        self.ready.append(g)
        self._switch_from(g)
        if g.wake_value is ABORTED:
            raise Abort()

    # ----- timers ----------------------------------------------------------------------------

    def add_timer(self, when, target):
        """``target`` is a Green (woken with False) or a callable taking the firing time."""
        self._seq += 1
        entry = [when, self._seq, target, True]
        heapq.heappush(self.timers, entry)
        return entry

    def next_timer(self):
        timers = self.timers
        while timers and not timers[0][3]:
            heapq.heappop(timers)
        return timers[0][0] if timers else None

    def fire_due(self, until):
        """Fire every live timer due at or before ``until``, in time order."""
        timers = self.timers
        while timers and timers[0][0] <= until:
            when, _, target, alive = heapq.heappop(timers)
            if not alive:
                continue
            if isinstance(target, Green):
                if target.state == BLOCKED and target.timer is not None:
                    target.timer = None
                    self._make_ready(target, False, when)
            else:
                target(when)

    # ----- switching -------------------------------------------------------------------------

    def _start(self, g):
        return g.ready_at if g.ready_at > g.proc.clock else g.proc.clock

    def _pick(self):
        """The ready thread that can start first (FIFO among equals), after due timers fire."""
        while True:
            best = None
            best_t = None
            prefer_others = self.stopping is not None
            for g in self.ready:
                if prefer_others and g.is_main:
                    continue
                t = self._start(g)
                if best is None or t < best_t:
                    best, best_t = g, t
            if best is None and self.ready:  # only the main thread is left to unwind
                best = self.ready[0]
                best_t = self._start(best)
            nt = self.next_timer()
            if nt is not None and (best is None or nt <= best_t):
                if nt > self.time_limit and self.stopping is None:
                    self.stop(RunStopped(
                        Stop.VIRTUAL_TIME_LIMIT,
                        f"the program ran past the virtual time limit of {self.time_limit:g} s",
                    ))
                    continue
                self.fire_due(nt)
                continue
            if best is None:
                if self._deadlocked():
                    continue
                return None
            self.ready.remove(best)
            return best

    def _deadlocked(self):
        blocked = [g for g in self.greens if g.state == BLOCKED]
        if not blocked:
            return False
        if self.stopping is None:
            from .deadlock import build_report  # local: only needed on this rare path

            report = build_report(self, blocked, self.user_file)
            self.stop(RunStopped(Stop.DEADLOCK, report[DeadlockKey.MESSAGE], report))
        else:
            self._abort_blocked()
        return True

    def stop(self, reason: RunStopped):
        """Begin unwinding every thread; the first reason given wins."""
        if self.stopping is None:
            self.stopping = reason
        self._abort_blocked()

    def _abort_blocked(self):
        self.abort(self.greens)

    def abort(self, greens, at=None):
        """Make each of ``greens`` raise ``Abort`` when it next runs; blocked ones become ready
        at ``at`` (default: when they were last ready)."""
        for g in greens:
            if g.state == BLOCKED:
                if g.timer is not None:
                    g.timer[3] = False
                    g.timer = None
                self._make_ready(g, ABORTED, g.ready_at if at is None else at)
            elif g.state == READY:
                g.wake_value = ABORTED

    def join(self, target, done, detail, waits_on, deadline=None, frame=None):
        """Block until ``done()``, woken whenever the thread ``target`` ends; False on timeout."""
        me = self.current
        while not done():
            target.joiners.append(me)
            woke = self.block(Reason.JOIN, detail, waits_on=waits_on, deadline=deadline, frame=frame)
            if me in target.joiners:
                target.joiners.remove(me)
            if woke is False:
                return done()
        return True

    def _dispatch(self, g):
        if g.ready_at > g.proc.clock:
            g.proc.clock = g.ready_at
        g.state = RUNNING
        previous = self.current
        if previous is not None and previous.proc is not g.proc and self.on_process_switch:
            self.on_process_switch(previous.proc, g.proc)
        self.current = g
        self.trace.add(g.proc.clock, Kind.RUN, g.lane)
        self._start_slice()

    def _start_slice(self):
        jitter = 0.5 + self.rng.random()
        interval = sys.getswitchinterval()  # the program may change it, as in CPython
        self.slice_end = self.events + int(interval * jitter / COST_PER_EVENT) + 1
        if self.meter is not None:
            self.meter.rearm()

    def _switch_from(self, g):
        """Give the CPU away from ``g`` (blocked, ready or done) and return when it is back."""
        nxt = self._pick()
        if nxt is g:
            self._dispatch(g)
            return
        if nxt is None:
            # Nothing at all can run and nothing waits: only reachable when the last thread ends.
            return
        if g.state != DONE:
            g.parker = glue.Parker()
        self._dispatch(nxt)
        nxt.parker.wake()
        if g.state != DONE:
            g.parker.wait()

    def _exit(self, g):
        now = self.clock
        g.state = DONE
        self.trace.add(now, Kind.FINISH, g.lane)
        for waiter in g.joiners:
            self.wake(waiter)
        g.joiners.clear()
        self._switch_from(g)

    # ----- used by the meter -----------------------------------------------------------------

    def others_ready(self) -> bool:
        proc = self.current.proc
        return any(g.proc is proc for g in self.ready)

    #: How far (virtual seconds) one process may run ahead of another ready one before it yields,
    #: so that processes running side by side interact in the right order.
    QUANTUM = 0.001

    def behind_ready(self) -> bool:
        """Whether a ready thread of another process could have started well before now."""
        me = self.current.proc
        limit = me.clock - self.QUANTUM
        return any(g.proc is not me and self._start(g) < limit for g in self.ready)

    def drain(self):
        """From the main thread: unwind every other thread and wait until all have ended."""
        main = self.current
        while any(g.state != DONE for g in self.greens if g is not main):
            if self.stopping is None:
                self.stopping = RunStopped("Exit", "interpreter shutdown")
            self._abort_blocked()
            main.state = READY
            main.ready_at = self.clock
            self.ready.append(main)
            self._switch_from(main)
