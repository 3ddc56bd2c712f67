"""What ``_thread`` does besides threads and locks: ``interrupt_main`` (a signal's handler run
in a process's main thread), asynchronous exceptions (``PyThreadState_SetAsyncExc``) and the
errors of ``start_new_thread`` threads, which go to ``sys.unraisablehook`` as in CPython (see
``fakethread``).

CPython runs a pending signal handler or raises a pending asynchronous exception in the thread's
eval loop, between two bytecodes: in a busy loop as soon as the thread next holds the GIL, in a
blocked thread when its wait returns. Here a green thread meets them where it resumes: after a
lock's or a join's wait, after a sleep, and at the meter's slow path, which metered code reaches
at least once a time slice (``meter.Meter.slow``): a ``while True: pass`` is interrupted too."""

import sys

from . import context
from .context import sched as _sch
from .sched import DONE


def interrupt_main(signum=2, /):
    """Simulate ``signum`` arriving in the main thread of this process, as CPython's: nothing if
    its handler is SIG_IGN or SIG_DFL; else the handler runs in the main thread, at once when
    it is the caller, else when the main thread next resumes (KeyboardInterrupt for SIGINT)."""
    import signal

    if not 1 <= signum < signal.NSIG:
        raise ValueError("signal number out of range")
    if _handler(signum) in (signal.SIG_IGN, signal.SIG_DFL, None):
        return
    s = _sch()
    main = getattr(s.current.proc, "main", None) or s.greens[0]
    context.current().interrupts[main.id] = signum
    if main is s.current:
        deliver_interrupt(s, sys._getframe(1))


def deliver_interrupt(s, frame=None):
    """Run the handler of a signal ``interrupt_main`` left for the running thread, then raise
    the asynchronous exception ``set_async_exc`` left for it, if any."""
    ctx = context._active  # ``context.active()`` read directly: every lock wake and sleep ends here
    if ctx is None or not (ctx.interrupts or ctx.async_excs):
        return
    signum = ctx.interrupts.pop(s.current.id, None)
    if signum is not None:
        handler = _handler(signum)
        if callable(handler):
            handler(signum, frame or sys._getframe(2))
    exc = ctx.async_excs.pop(s.current.id, None)
    if exc is not None:
        raise exc


def set_async_exc(ident, exc):
    """CPython's ``PyThreadState_SetAsyncExc(ident, exc)`` for the green threads of the running
    process: ``exc`` (an exception class or instance) is raised in the thread ``ident`` when it
    next resumes (see the module's docstring); None takes back one not yet raised. Returns the
    number of threads changed, 0 or 1, as CPython's (which only has one state per thread)."""
    ctx = context.current()
    s = ctx.sched
    for g in s.greens:
        if g.ident == ident and g.proc is s.current.proc and g.state != DONE:
            if exc is None:
                ctx.async_excs.pop(g.id, None)
            else:
                ctx.async_excs[g.id] = exc
            return 1
    return 0


def _handler(signum):
    """The program's handler of ``signum``: the run's own SIGINT handler (the Stop button,
    ``runner.Run._on_stop``) stands where CPython has ``default_int_handler``."""
    import signal

    handler = signal.getsignal(signum)
    if signum == signal.SIGINT and getattr(handler, "__qualname__", "") == "Run._on_stop":
        return signal.default_int_handler
    return handler


_UNRAISABLE_ARGS: list[type] = []


def unraisable_args():
    """``UnraisableHookArgs``, the type ``sys.unraisablehook`` is given (and the default hook
    insists on); ``sys`` does not export it, so it is taken from one unraisable error."""
    if not _UNRAISABLE_ARGS:
        hook = sys.unraisablehook
        sys.unraisablehook = lambda args: _UNRAISABLE_ARGS.append(type(args))

        class Unraisable:
            def __del__(self):
                raise RuntimeError

        try:
            Unraisable()
        finally:
            sys.unraisablehook = hook
    return _UNRAISABLE_ARGS[0]
