"""Green threads and the scheduler that runs them, one at a time, on the virtual clock.

Only one green thread runs at a time (WebAssembly is single-threaded). Sleeping and waiting cost
nothing: a blocked thread lets the scheduler run the next ready thread, and when no thread is
ready the clock jumps to the earliest timer. When nothing is ready and no timer is pending while
threads still wait, the run is deadlocked and every thread is unwound (``Abort``).

The next thread to run is the ready thread that can start earliest, first come first served;
timers due by then fire first. This is what makes runs deterministic: no decision depends on
anything but the program, its seed and virtual time. The parts it is built of: ``switching``
(the pick and the stack switch), ``cpu`` (the clock, CPU charges and GIL hand-offs), ``gil``,
``cores`` (processes and their clocks), ``timers``, ``limits`` and ``gc_pause``.
"""

import functools
import random
from collections import deque
from typing import TYPE_CHECKING, Any

from .. import glue
from . import loop_state
from .cores import Cores, Proc
from .gc_pause import GcPause
from .green import BLOCKED, DONE, READY, RUNNING, Green
from .limits import EXIT, Abort, Limits, RunStopped
from .switching import Switching
from .timers import ALIVE, Timers, sleep_detail
from ..contract import Kind, LaneKind, Reason, Stop
from ..deadlock import Where

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..meter import Meter

#: How late a timed wait wakes, by reason, as measured with CPython 3.11 on an idle Linux
#: machine (20 waits of 50 ms each): the OS never wakes a thread exactly on time. Sequential
#: waits add up, which decides the order of things that would otherwise tie.
WAKE_LATENCY = {Reason.SLEEP: 0.00017, Reason.SELECT: 0.00035}
DEFAULT_WAKE_LATENCY = 0.00025

#: How long after another thread releases what it waits on (a lock, a thread's end) a blocked
#: thread can run: the OS wakes it (a futex) and it then asks for the GIL, while the releaser
#: keeps running. Measured with CPython 3.11 on this machine: release to the woken thread's next
#: line, the releaser blocking at once, median of 50. Without it a woken thread overtook a thread
#: started later than the wake, and a lost wake-up that deadlocks CPython every time never did.
RELEASE_WAKE_LATENCY = 0.00002

#: Returned by ``block`` to a thread that is being unwound.
ABORTED = "aborted"

NO_JSPI = (
    "can't start new thread: this browser cannot switch Python stacks. Threads and processes "
    "need WebAssembly stack switching (JSPI): Chrome 137+, Firefox 153+ or Safari 27+. "
    "asyncio programs run everywhere."
)

#: Live simulated processes a run may have at once (the main one included).
MAX_LIVE_PROCESSES = 64


def _green_main(sched, g, fn):
    """The bottom frame of every green thread's stack (``ENTRY_CODE``)."""
    g.parker.wait()  # until first dispatched
    loop_state.park()  # a new thread runs no event loop (see loop_state)
    try:
        if sched.stopping is None:
            fn()
    except Abort:
        pass
    finally:
        sched._exit(g)

class Scheduler(Switching):
    #: The code of the bottom frame of every green thread's stack: a walk over a suspended
    #: thread's frames (``f_back``) stops there, since below it lies the stack that spawned it.
    ENTRY_CODE = _green_main.__code__

    def __init__(self, trace, *, seed=0, limits=None, switch_interval=0.005):
        self.trace = trace
        self.rng = random.Random(seed)
        self.limits = limits or Limits()
        self.switch_interval = switch_interval
        self.timers = Timers()
        self.cores = Cores(trace)
        self.procs = self.cores.procs  # the process table (the same list)
        self.gc = GcPause()
        self.ready: deque[Green] = deque()
        self.greens: list[Green] = []
        # the running thread; None only until adopt_main, which every run starts with
        self.current: Green = None  # type: ignore[assignment]
        self.stopping: RunStopped | None = None  # while the run is being unwound
        self.events = 0  # learner-code events charged so far
        self.meter: Meter | None = None  # the run's Meter, wired by the run context
        # hook(old proc, new proc) before another process runs
        self.on_process_switch: Callable[[Proc, Proc], None] | None = None
        self.policy: Any = None  # an exploring run's policy (explore.Explorer): choose(), late(),
        # window
        self.dispatches = 0  # threads given the CPU so far (lets the policy cache its decision)
        self.switches = 0  # stack switches so far: dispatches of another thread than the one giving up the CPU
        self.main_proc = self.cores.new("MainProcess", None)

    # ----- processes and threads -------------------------------------------------------------

    def spawn_process(self, name, fn):
        """Create a process whose main thread runs ``fn()``; its module world starts empty."""
        live = sum(1 for p in self.procs if p.exitcode is None and p.killed is None)
        if live >= MAX_LIVE_PROCESSES:  # a process starting copies of itself would never end
            self.stop(RunStopped(Stop.PROCESS_LIMIT, f"the program had {MAX_LIVE_PROCESSES} "
                                 "processes alive and started one more; is a process starting "
                                 "copies of itself?"))
            raise Abort()
        parent = self.current.proc
        proc = self.cores.new(name, parent)
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
        self.took_gil()
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
        self.gc.pause()
        parent = self.current
        g = self._new_green(name, proc or parent.proc, daemon, parent)
        g.parker = glue.Parker()
        now = self.clock
        self.trace.add(now, Kind.START, g.lane)
        self._make_ready(g, True, now)

        glue.spawn(functools.partial(_green_main, self, g, fn))
        return g

    def only_main_left(self):
        return all(g.is_main or g.state == DONE for g in self.greens)

    # ----- blocking and waking ---------------------------------------------------------------

    def block(self, reason, detail=None, waits_on=None, deadline=None, frame=None):
        """Suspend the running thread until ``wake`` (returns True) or ``deadline`` (False).

        Returns ABORTED, after which the caller must raise ``Abort``, when the run is stopping.
        """
        if self.stopping is not None:
            raise Abort()
        g = self.current
        meter = self.meter  # ``self.clock`` inlined: a hand-off and every sleep run this
        if meter is not None and meter.left != meter.armed:
            meter.flush()
        now = g.proc.clock
        if g.label is not None and reason == Reason.SLEEP:
            reason, detail = g.label
        g.state = BLOCKED
        g.reason, g.detail, g.waits_on, g.frame = reason, detail, waits_on, frame
        # read now, while its frames run: a suspended thread's frames must not be read
        g.where = Where(frame, self.ENTRY_CODE) if frame is not None else None
        g.wake_value = None
        if deadline is not None:
            late = WAKE_LATENCY.get(reason, DEFAULT_WAKE_LATENCY)
            if self.policy is not None:
                late = self.policy.late(late, g)
            g.timer = self.timers.add((now if now > deadline else deadline) + late, g)  # ``max``
        trace = self.trace  # ``Trace.add`` inlined (the same tuple)
        if len(trace.events) < trace.max_events:
            trace.events.append((now, Kind.BLOCK, g.lane, {"reason": reason, "detail": detail}))
        else:
            trace.truncated = True
        self._switch_from(g)
        g.reason = g.detail = g.waits_on = g.frame = g.where = None
        if g.wake_value is ABORTED:
            raise Abort()
        return g.wake_value

    def wake(self, g, value=True):
        """Make a blocked thread ready; it runs when the scheduler picks it."""
        if g.state != BLOCKED:
            return False
        if g.timer is not None:
            g.timer[ALIVE] = False
            g.timer = None
        current = self.current
        if current:
            meter = self.meter  # ``self.clock`` inlined: every lock hand-off wakes
            if meter is not None and meter.left != meter.armed:
                meter.flush()
            at = current.proc.clock + RELEASE_WAKE_LATENCY
        else:
            at = g.ready_at
        self._make_ready(g, value, at)
        return True

    def _make_ready(self, g, value, at):
        g.state = READY
        g.wake_value = value
        g.ready_at = at
        self.ready.append(g)
        if value is not ABORTED and g.reason is not None:
            trace = self.trace  # ``Trace.add`` inlined (the same tuple)
            if len(trace.events) < trace.max_events:
                trace.events.append((at, Kind.WAKE, g.lane, None))
            else:
                trace.truncated = True

    def sleep(self, seconds: float, detail=None):
        """Block for ``seconds``; False when the time ran out, True when woken early (a signal),
        None for a sleep of no time."""
        if seconds <= 0:
            self.yield_now()
            return None
        return self.block(Reason.SLEEP, detail or sleep_detail(seconds), deadline=self.clock + seconds)

    def yield_now(self):
        """Let other ready threads of this process run first (``time.sleep(0)``, the GIL handed over)."""
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

    def stop(self, reason: RunStopped):
        """Begin unwinding every thread; the first reason given wins."""
        if self.stopping is None:
            self.stopping = reason
        self.abort(self.greens)

    def abort(self, greens, at=None):
        """Make each of ``greens`` raise ``Abort`` when it next runs; blocked ones become ready
        at ``at`` (default: when they were last ready)."""
        for g in greens:
            if g.state == BLOCKED:
                if g.timer is not None:
                    g.timer[ALIVE] = False
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

    def _exit(self, g):
        now = self.clock
        g.state = DONE
        self.trace.add(now, Kind.FINISH, g.lane)
        for waiter in g.joiners:
            self.wake(waiter)
        g.joiners.clear()
        self._switch_from(g)

    def drain(self):
        """From the main thread: unwind every other thread and wait until all have ended."""
        main = self.current
        while any(g.state != DONE for g in self.greens if g is not main):
            if self.stopping is None:
                self.stopping = RunStopped(EXIT, "interpreter shutdown")
            self.abort(self.greens)
            main.state = READY
            main.ready_at = self.clock
            self.ready.append(main)
            self._switch_from(main)
        glue.release_spare()
