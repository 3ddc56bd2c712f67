"""What ``_thread`` does besides threads and locks: ``interrupt_main`` (a signal's handler run
in a process's main thread) and the errors of ``start_new_thread`` threads, which go to
``sys.unraisablehook`` as in CPython (see ``fakethread``)."""

import sys

from . import context
from .context import sched as _sch


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
    """Run the handler of a signal ``interrupt_main`` left for the running thread, if any."""
    ctx = context.active()
    if ctx is None or not ctx.interrupts:
        return
    signum = ctx.interrupts.pop(s.current.id, None)
    if signum is None:
        return
    handler = _handler(signum)
    if callable(handler):
        handler(signum, frame or sys._getframe(2))


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
