"""asyncio on the virtual clock, plus the hooks that put tasks on the timeline.

The event loop is the standard ``BaseSelectorEventLoop`` with a selector that, instead of
waiting for file descriptors, blocks the loop's thread in the scheduler until the next timer is
due or another thread calls ``call_soon_threadsafe`` (``to_thread``, ``run_in_executor``).
When the loop's thread is the only one, blocking just moves the clock: no stack switching is
needed, which is why asyncio-only programs run in browsers without JSPI.

Tasks become lanes: ``loop.create_task`` starts one (every way to make a task but calling
``asyncio.Task(...)`` goes through it; such a task's lane starts at its first step), each step
is a "run", each suspension a "block" whose reason is "sleep" for ``asyncio.sleep`` and "await"
otherwise, and the final step a "finish". ``time.sleep`` (or any blocking call) inside a
running loop is recorded as a "loop-blocked" event, and so is a step that computes for longer
than asyncio's own slow-callback threshold (0.1 s).

Tasks are CPython's C ``_asyncio.Task`` (the pure-Python one cost 0.9 s for 10,000 tasks). Its
enter/leave hooks are C, not patchable, so the steps are observed on the loop, which is the
runtime's own: a C task schedules every step with ``loop.call_soon``, its callback a
``TaskStepMethWrapper`` (a step) or the built-in ``task_wakeup`` (the awaited future is done,
the step follows at once), each with the task as ``__self__``. Those handles (``StepHandle``)
report the step around running it. An eager task's first step runs inside its constructor,
with no handle: its lane starts when ``create_task`` returns, with that step as one at that
instant; one that ends in its constructor gets no lane.
"""

# pyright: reportAttributeAccessIssue=false
# (this module works on asyncio's private names: they are listed in AsyncioPatch.requires and
# checked when the engine starts)

import sys
import types
import weakref

from .contract import Kind, LaneKind, Reason
from .aio_registry import guard_register_task
from .patches import Patch
from .stable_hash import counter, slot_type

SLOW_STEP = 0.1
_BUILTIN = types.BuiltinFunctionType
_FUNCTION = types.FunctionType


class AsyncioPatch(Patch):
    """The run's freshly imported asyncio (one per process) on the virtual clock, with its tasks
    on the timeline. Undo puts the originals back on those module objects."""

    name = "asyncio on the virtual clock"
    requires = (
        "_asyncio.Task._fut_waiter", "_asyncio.Task.get_coro", "_asyncio.Future._exception",
        "_asyncio.Future._callbacks", "asyncio.events.Handle._run",
        "asyncio.base_events.BaseEventLoop._call_soon", "asyncio.base_events.BaseEventLoop.create_task",
        "asyncio.tasks._GatheringFuture", "asyncio.tasks.sleep",
        "asyncio.events._get_running_loop",
        "asyncio.unix_events._UnixDefaultEventLoopPolicy._loop_factory",
        "asyncio.selector_events.BaseSelectorEventLoop._make_self_pipe",
        "asyncio.selector_events.BaseSelectorEventLoop._close_self_pipe",
        "asyncio.selector_events.BaseSelectorEventLoop._write_to_self",
        "asyncio.selector_events.BaseSelectorEventLoop._read_from_self",
        "asyncio.selector_events.BaseSelectorEventLoop.__init__:_selector",
        "asyncio.base_events.BaseEventLoop.shutdown_asyncgens",
        "asyncio.base_events.BaseEventLoop._run_forever_setup",
        "asyncio.base_events.BaseEventLoop._run_forever_cleanup",
        "asyncio.base_events.BaseEventLoop.shutdown_default_executor",
        "asyncio.tasks._c_register_task", "_asyncio._register_task",
        "asyncio.tasks.create_eager_task_factory", "asyncio.tasks.eager_task_factory",
    )

    def apply(self, ctx):
        _setup(self, ctx)


def _setup(patch, ctx):
    import asyncio
    import asyncio.base_events as base_events
    import asyncio.events as events
    import asyncio.futures as futures
    import asyncio.selector_events as selector_events
    import asyncio.tasks as tasks
    import asyncio.unix_events as unix_events
    import selectors

    sched, trace = ctx.sched, ctx.trace

    class VirtualSelector(selectors.BaseSelector):
        """Never has file descriptors; ``select`` waits on the virtual clock."""

        def __init__(self):
            self._map = {}
            self.__il_waiter__ = None  # the waiting green thread: a name the program may not use
            self.pending = False
            self.loop = None  # a weak reference to the loop, for the deadlock report

        def register(self, fileobj, events, data=None):
            raise OSError(
                "real sockets and pipes are not available in Interleave; "
                "use the simulated network (aiohttp, requests, urllib.request)")

        def unregister(self, fileobj):
            raise KeyError(fileobj)

        def select(self, timeout=None):
            if reregistered:  # a loop's turn is a safe point (see _register_task)
                reregistered.clear()
            if self.pending:
                self.pending = False
                return []
            if timeout != timeout:  # NaN, from a NaN deadline (wait_for, timeout): epoll's own error
                raise ValueError("cannot convert float NaN to integer")
            if timeout is not None and timeout <= 0:
                sched.yield_now()
                return []
            deadline = None if timeout is None else sched.clock + timeout
            self.__il_waiter__ = sched.current
            try:
                sched.block(Reason.SELECT, "event loop waiting", waits_on=self, deadline=deadline)
            finally:
                self.__il_waiter__ = None
            return []

        def close(self):
            pass

        def get_map(self):
            return self._map

        def wakeup(self):
            if self.__il_waiter__ is not None:
                sched.wake(self.__il_waiter__)
            else:
                self.pending = True

    class VirtualEventLoop(selector_events.BaseSelectorEventLoop):
        def __init__(self):
            selector = VirtualSelector()
            super().__init__(selector=selector)
            selector.loop = weakref.ref(self)
            self._il_last_time = -1.0

        def time(self):
            # CPython's clock moves between any two readings, so two call_later(0.2, ...) from
            # consecutive statements get different deadlines and fire in call order. The virtual
            # clock may stand still between them (equal deadlines pop from asyncio's heap in
            # either order): each reading at the same instant is a nanosecond later than the last.
            now = sched.clock
            if now <= self._il_last_time:
                now = self._il_last_time + 1e-9
            self._il_last_time = now
            return now

        def _run_forever_setup(self):
            super()._run_forever_setup()
            self.__il_green__ = g = sched.current  # a name the program may not use
            g.loops += 1

        def _run_forever_cleanup(self):
            try:
                super()._run_forever_cleanup()
            finally:
                self.__il_green__.loops -= 1

        def _make_self_pipe(self):
            self._ssock = self._csock = None

        def _close_self_pipe(self):
            pass

        def _write_to_self(self):
            if self._selector is not None:
                self._selector.wakeup()

        def _read_from_self(self):
            pass

        def create_task(self, coro, **kwargs):
            task = super().create_task(coro, **kwargs)
            try:
                if not task.done():  # an eager task may end in its constructor: no lane
                    register(task)
                    if getattr(task.get_coro(), "cr_suspended", False):
                        # an eager task whose first step ran in its constructor: shown as a
                        # step at this instant, so its lane says what it then waits for
                        lane = lanes.get(id(task))
                        if lane is not None:
                            now = sched.clock
                            trace.add(now, Kind.RUN, lane)
                            block(task, lane, now, None)
                return task
            finally:
                # An eager step's traceback reaches this frame (f_back): it must not hold the
                # task (as StepHandle._run below)
                task = coro = None

        def _call_soon(self, callback, args, context):
            # BaseEventLoop._call_soon, with a StepHandle for a C task's step or wake-up
            cls = type(callback)
            if cls is step_type[0] or (cls is _BUILTIN and callback.__name__ == "task_wakeup"):
                handle = StepHandle(callback, args, self, context)
            elif cls is not _FUNCTION and cls.__name__ == "TaskStepMethWrapper" \
                    and cls.__module__ == "_asyncio":
                step_type[0] = cls  # this world's: each import of _asyncio makes its own type
                handle = StepHandle(callback, args, self, context)
            else:
                handle = Handle(callback, args, self, context)
            if handle._source_traceback:
                del handle._source_traceback[-1]
            self._ready.append(handle)
            return handle

    Handle = events.Handle
    step_type: list = [None]  # _asyncio.TaskStepMethWrapper, not exported: known at its first sight

    class StepHandle(Handle):
        """A C task's step (or wake-up, which steps at once) with the runtime's enter and
        leave around it (see the module docstring)."""

        __slots__ = ()

        def _run(self):
            if len(trace_events) >= max_events:
                # The trace is full: nothing a step would record is kept (the events of a
                # step, its lane's end, its output's lane), so the step runs bare.
                super()._run()
                self = None  # see below
                return
            task = self._callback.__self__
            enter(task)
            try:
                super()._run()
            finally:
                leave(task)
                # As Handle._run: a failed step's traceback reaches this frame (its frames'
                # f_back), which must not keep the task alive: CPython frees a dropped failed
                # task at once and says "Task exception was never retrieved" then.
                self = task = None

    reregistered = guard_register_task(patch, tasks)

    # Tasks hash in the order they are first hashed, not by address (see stable_hash): every
    # way to make one goes through ``tasks.Task`` (the loop's create_task, asyncio.Task(...),
    # the eager task factory, made at import with the C type). Not futures: a subclass of the
    # C Future as ``asyncio.Future`` would not be a base of ``Task`` (``isinstance(task,
    # asyncio.Future)`` must hold), and tasks cannot also derive from it (their C layouts clash).
    ordered_task = slot_type(tasks.Task, counter())
    for mod in (tasks, asyncio):
        patch.replace(mod, "Task", ordered_task)
        patch.replace(mod, "eager_task_factory", tasks.create_eager_task_factory(ordered_task))

    patch.replace(unix_events._UnixDefaultEventLoopPolicy, "_loop_factory", VirtualEventLoop)
    for mod in (asyncio, unix_events):
        patch.replace(mod, "SelectorEventLoop", VirtualEventLoop)
        patch.replace(mod, "EventLoop", VirtualEventLoop)

    # ----- tasks on the timeline ---------------------------------------------------------------
    lanes = {}  # id(task) -> lane, or None for a task that gets none
    trace_events, max_events = trace.events, trace.max_events
    labels = {}  # id(task) -> a ``blocking`` label that spans its await (see leave)
    step_start = ctx.task_steps  # shared by every process's loop
    c_task = tasks.Task
    sleep_code = tasks.sleep.__code__

    internal = (base_events.BaseEventLoop.shutdown_asyncgens.__code__,
                base_events.BaseEventLoop.shutdown_default_executor.__code__)

    def register(task):
        if not isinstance(task, futures.Future):
            return  # a task-like object (asyncio accepts any with get_loop and done): no lane
        if getattr(task.get_coro(), "cr_code", None) in internal:
            lanes[id(task)] = None  # asyncio.run's own clean-up, not the program's work
            return
        g = sched.current
        parent = g.task_lane or g.lane
        lane = trace.lane(LaneKind.TASK, task.get_name(), parent, g.proc.lane)
        lanes[id(task)] = lane
        trace.add(sched.clock, Kind.START, lane)
        # asyncio's own Task ends inside a step (a result, an exception, a cancellation is thrown
        # in by a step), whose ``leave`` reports it: no done callback, which would cost each
        # task a handle on the loop and show in ``print(task)``. A task-like object of another
        # kind may end otherwise.
        if not isinstance(task, c_task):
            task.add_done_callback(lambda t, lane=lane: _finished(t, lane))

    def _finished(task, lane, now=None):
        if lanes.pop(id(task), None) is None:
            return  # already reported when its last step ended
        labels.pop(id(task), None)
        if task.cancelled():
            error = "CancelledError"
        else:
            # Not task.exception(): that marks the exception retrieved, and CPython's "Task
            # exception was never retrieved" must still be printed when the task is dropped.
            exc = task._exception
            error = type(exc).__name__ if exc is not None else None
        trace.add(sched.clock if now is None else now, Kind.FINISH, lane, error=error)

    def enter(task):
        key = id(task)
        lane = lanes.get(key, 0)
        if lane == 0:  # made by calling asyncio.Task(...): its lane starts now
            register(task)
            lane = lanes.get(key)
        g = sched.current
        g.task_lane = lane
        g.label = labels.pop(key, None) if labels else None
        now = sched.clock
        step_start[g.id] = [now, 0.0]
        if lane is not None:
            trace.add(now, Kind.RUN, lane)

    def leave(task):
        g = sched.current
        lane = g.task_lane
        g.task_lane = None
        label, g.label = g.label, None
        if label is not None:  # a blocking() block can span an await: it belongs to the task
            labels[id(task)] = label
        now = sched.clock
        start, blocked = step_start.pop(g.id, (now, 0.0))
        if now - start - blocked >= SLOW_STEP and lane is not None:
            trace.add(start, Kind.LOOP_BLOCKED, lane, duration=round(now - start - blocked, 9),
                      detail="computation without await")
        if lane is None:
            if task.done():
                lanes.pop(id(task), None)
            return
        if task.done():  # report the end now, not when the loop gets to the done callbacks
            _finished(task, lane, now)
            return
        block(task, lane, now, label)

    def block(task, lane, now, label):
        """A suspended task's lane blocks on what it awaits."""
        waiter = task._fut_waiter
        if waiter is None:
            trace.add(now, Kind.BLOCK, lane, reason=Reason.YIELD, detail="await asyncio.sleep(0)")
        elif label is not None:
            trace.add(now, Kind.BLOCK, lane, reason=label[0], detail=label[1])
        else:
            delay = _slept(task, sleep_code)
            if delay is not None:
                trace.add(now, Kind.BLOCK, lane, reason=Reason.SLEEP, detail=f"asyncio.sleep({delay:g})")
            else:
                trace.add(now, Kind.BLOCK, lane, reason=Reason.AWAIT, detail=_describe(waiter, lanes, tasks))

    def blocking_sleep(seconds):
        if not sched.current.loops:  # every time.sleep asks: answer most without asyncio's help
            return
        current_events = sys.modules.get("asyncio.events")  # this process's asyncio
        if current_events is None or current_events._get_running_loop() is None:
            return
        g = sched.current
        lane = g.task_lane or g.lane
        what = g.label[1] if g.label is not None else f"time.sleep({seconds:g})"
        trace.add(sched.clock, Kind.LOOP_BLOCKED, lane, duration=seconds,
                  detail=f"{what} inside a coroutine")
        entry = step_start.get(g.id)
        if entry is not None:
            entry[1] += seconds

    patch.replace(ctx, "on_blocking_sleep", blocking_sleep)


def _slept(task, sleep_code):
    """The delay of the ``asyncio.sleep`` a suspended task is in (down its chain of awaited
    coroutines), or None. Read from the sleep's own frame: asyncio's ``sleep`` runs unchanged."""
    coro = task.get_coro()
    for _ in range(100):
        awaited = getattr(coro, "cr_await", None)
        if awaited is None:
            return None
        if getattr(awaited, "cr_code", None) is sleep_code:
            frame = awaited.cr_frame
            return frame.f_locals.get("delay") if frame is not None else None
        coro = awaited
    return None


def _describe(future, lanes, tasks):
    """A short name for what a task awaits, for the timeline (``tasks``: the awaiting
    process's ``asyncio.tasks``)."""
    if id(future) in lanes:
        return f"task {future.get_name()}"
    if type(future) is tasks._GatheringFuture:
        return "asyncio.gather(...)"
    for fn, _ in getattr(future, "_callbacks", None) or []:
        owner = getattr(fn, "__self__", None)
        if owner is not None and type(owner) not in (tasks.Task, tasks._GatheringFuture):
            return type(owner).__name__
    return type(future).__name__
