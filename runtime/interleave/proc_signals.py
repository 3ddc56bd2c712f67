"""Signals of simulated child processes: each child has its own handlers, and
``Process.interrupt()`` (3.14) sends SIGINT to one.

The ``signal`` module is one for every process in this interpreter, and the main process's
SIGINT handler is the run's Stop button (``interpreter.StopSignal``). A child that sets its own
handler, as a pool initializer commonly does (``signal.signal(SIGINT, SIG_IGN)``), would replace
it for the whole run; so a child's ``signal.signal``/``getsignal`` read and write the child's own
table, which starts as a new CPython process's does (SIGINT raises KeyboardInterrupt, SIGPIPE is
ignored, the rest default). The main process keeps the real module's, where the run's Stop
handler stands for ``signal.default_int_handler``: it is reported as that, and setting that
puts the Stop handler back.
"""

import signal
import sys

from . import context
from .patches import Patch, builtin
from .thread_signals import deliver_interrupt

#: A new CPython process's handlers, besides SIG_DFL.
_AT_START = {signal.SIGINT: signal.default_int_handler, signal.SIGPIPE: signal.SIG_IGN}


def _current_proc():
    ctx = context.active()
    current = ctx.sched.current if ctx is not None else None
    return None if current is None else current.proc


def _own(proc) -> dict:
    handlers = getattr(proc, "signal_handlers", None)
    if handlers is None:
        handlers = proc.signal_handlers = {}
    return handlers


def handler_of(proc, signum):
    """The handler ``proc`` has for ``signum`` (a child's own table)."""
    return _own(proc).get(signum, _AT_START.get(signum, signal.SIG_DFL))


def _check(signum):
    if not 1 <= signum < signal.NSIG:
        raise ValueError("signal number out of range")


class ChildSignals(Patch):
    """``signal.signal`` and ``signal.getsignal`` answer for the simulated process calling."""

    name = "signal handlers per process"
    requires = ("signal.signal", "signal.getsignal", "signal.default_int_handler", "signal.NSIG")

    def apply(self, ctx):
        real_signal, real_getsignal = signal.signal, signal.getsignal
        stop = real_getsignal(signal.SIGINT)  # the run's (interpreter.StopSignal, applied before)

        def shown(handler):
            return signal.default_int_handler if handler is stop else handler

        def getsignal(signalnum, /):
            proc = _current_proc()
            if proc is None or proc.parent is None:
                return shown(real_getsignal(signalnum))
            _check(signalnum)
            return handler_of(proc, signalnum)

        def set_signal(signalnum, handler, /):
            proc = _current_proc()
            if proc is None or proc.parent is None:
                if signalnum == signal.SIGINT and handler is signal.default_int_handler:
                    handler = stop
                return shown(real_signal(signalnum, handler))
            _check(signalnum)
            if handler not in (signal.SIG_IGN, signal.SIG_DFL) and not callable(handler):
                raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
            if ctx.sched.current is not proc.main:
                raise ValueError("signal only works in main thread of the main interpreter")
            if signalnum in (signal.SIGKILL, signal.SIGSTOP):
                raise OSError(22, "Invalid argument")
            previous = handler_of(proc, signalnum)
            _own(proc)[signalnum] = handler
            return previous

        # what ``interrupt`` reads when any process signals the main one (its getsignal would
        # answer for the process calling)
        ctx.sched.main_proc.main_getsignal = lambda signalnum: shown(real_getsignal(signalnum))
        self.replace(signal, "getsignal", builtin(getsignal, "signal", "getsignal"))
        self.replace(signal, "signal", builtin(set_signal, "signal", "signal"))


def interrupt(proc, signum=signal.SIGINT):
    """Send ``signum`` to simulated process ``proc`` (``Process.interrupt`` sends SIGINT):
    SIGKILL and SIGTERM end a child as ``terminate``/``kill`` do; otherwise nothing under
    SIG_IGN, the process ends under SIG_DFL (exit code -signum), and a handler runs in its main
    thread, woken from whatever it waits for (the default SIGINT one raises KeyboardInterrupt).
    The main process's SIGINT handler is the run's Stop handler standing for the default one:
    the signal raises KeyboardInterrupt there, as in CPython, instead of stopping the run."""
    from .procs import kill

    if proc.exitcode is not None:
        return
    main_process = proc.parent is None
    if main_process:
        handler = proc.main_getsignal(signum)  # the main process's, whoever sends the signal
    else:
        handler = handler_of(proc, signum)
    if handler is signal.SIG_IGN:
        return
    if handler is signal.SIG_DFL or handler is None or signum == signal.SIGKILL:
        if main_process:
            raise OSError(1, "Operation not permitted")  # ending the run's own process
        kill(proc, signum)
        return
    s = context.sched()
    context.current().interrupts[proc.main.id] = int(signum)  # a handler gets an int, as in CPython
    if proc.main is s.current:
        deliver_interrupt(s, sys._getframe(2))
    else:
        s.wake(proc.main)


class KillPatch(Patch):
    """``os.kill(pid, sig)`` signals a simulated process of the run (``interrupt``), or finds an
    ended one its parent has not waited for yet (a zombie, as on Linux: nothing happens); any other
    pid is no process here (ProcessLookupError, as for a pid nobody has or a reaped one)."""

    name = "os.kill signals simulated processes"
    requires = ("os.kill",)

    def apply(self, ctx):
        import os

        def kill(pid, signal_number, /):
            if signal_number:
                _check(signal_number)
            for proc in ctx.procs:
                if proc.pid == pid and not proc.reaped:
                    # a process that ended and that its parent has not waited for is a zombie: it
                    # still exists and the signal does nothing (interrupt ignores an ended one)
                    if signal_number:  # 0 only asks whether the process exists
                        interrupt(proc, signal_number)
                    return
            raise ProcessLookupError(3, "No such process")

        self.replace(os, "kill", builtin(kill, "posix", "kill"))
