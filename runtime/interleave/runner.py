"""One run of a learner program, start to finish, as CPython would run ``python main.py``.

Order of a run: a fresh world of concurrency modules; the virtual clock and the CPU meter; the
program compiled (with preemption points) and executed as ``__main__``; an uncaught exception
printed as CPython prints it; then interpreter shutdown: ``threading._shutdown`` waits for
non-daemon threads, ``atexit`` functions run, daemon threads are dropped. Everything the run
changed in the interpreter is put back afterwards, whatever happened.
"""

import linecache
import operator
import sys
import traceback
import types

from . import (atexit_shim, context, explore, fakethread, finalize, hoist, program_cache, program_end, seal,
               sized, world)
from . import sched as _sched
from .checking import harness
from .context import RunContext
from .contract import DEFAULTS, SETUP_ERROR_TYPE, DeadlockKey, ReportKey, RequestKey, Stop, WaiterKey
from .imports import ImportCharge
from .interpreter import CpuCount, SeededRandom, Streams, StopSignal, SwitchInterval, WorkDir
from .meter import Meter
from .output import Collector
from .patches import Applied
from .proc_signals import ChildSignals, KillPatch
from .procs import ExitPatch, PidPatch, format_exception, prepare_world
from .rewrite import IOP, ITER, METER, RMW
from .sched import EXIT, Limits
from .trace import Trace
from .vtime import TimePatch


#: ``Run.program_end`` when the run ends with the program (stopped before its tests could run).
WHOLE = "whole"


def _exit_status(exc: SystemExit, err_stream) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code
    print(code, file=err_stream)
    return 1


def _code_objects(code) -> set:
    """``code`` and every code object nested in it (functions, classes, comprehensions)."""
    found = {code}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _code_objects(const)
    return found


def _error_info(exc, filename, code=None):
    """The error as the run result reports it; its line is that of the innermost frame running
    ``code`` (the program, or the checker's code), recognised by its code objects."""
    line = None
    codes = _code_objects(code) if code is not None else set()
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code in codes:
            line = tb.tb_lineno
        tb = tb.tb_next
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line = exc.lineno
    text = format_exception(exc)
    return {"type": type(exc).__name__, "message": str(exc), "line": line, "traceback": text}


def _setting(request: dict, key: str):
    """A request's setting, or the contract's default when it is absent (or null)."""
    value = request.get(key)
    return DEFAULTS[key] if value is None else value


def new_context(request: dict, emit) -> RunContext:
    """The parts of one run, wired together (nothing is applied to the interpreter yet)."""
    limits = Limits(
        time=float(_setting(request, RequestKey.VIRTUAL_TIME_LIMIT)),
        steps=int(_setting(request, RequestKey.STEP_LIMIT)),
        output=int(_setting(request, RequestKey.OUTPUT_LIMIT)),
    )
    seed = int(_setting(request, RequestKey.SEED))
    trace = Trace()
    sched = _sched.Scheduler(trace, seed=seed, limits=limits)
    sched.cores.count = int(_setting(request, RequestKey.CPU_COUNT))
    sched.on_process_switch = world.swap
    meter = Meter(sched)
    sched.meter = meter
    return RunContext(sched=sched, trace=trace, limits=limits, meter=meter,
                      out=Collector(sched, trace, emit, limits), patches=Applied(),
                      filename=_setting(request, RequestKey.FILENAME), seed=seed)


class Run:
    def __init__(self, request: dict, emit):
        self.req = request
        self.ctx = new_context(request, emit)
        self.filename = self.ctx.filename
        self.seed = self.ctx.seed
        self.trace = self.ctx.trace
        self.sched = self.ctx.sched
        self.out = self.ctx.out
        self.exit_code = 0
        self.error = None
        self.setup_error = None
        self._previous = None
        self.test_results = None
        self.module_guard = None
        self.builtins = seal.builtins_for_program(self.filename)
        self.explorer = None  # set when the request explores schedules (see explore)
        self.explored = None
        # The program's own result (``programResult``): WHOLE while the run may end with the
        # program, then what the result said when the tests were about to run, or None when the
        # shutdown after the program could still have changed that (see _program_end).
        self.program_end: dict | str | None = WHOLE

    # ----- set-up and tear-down ---------------------------------------------------------------

    def _enter(self):
        ctx = self.ctx
        ctx.make_module = self.make_module
        self._previous = context.activate(ctx)
        apply = ctx.patches.apply
        apply(world.WorldPatch(fakethread.module(), atexit_shim.module()), ctx)
        apply(TimePatch(), ctx)
        if self.req.get(RequestKey.EXPLORE):
            self.explorer = explore.install(self.sched, self.seed, self.req[RequestKey.EXPLORE])
        world.bind_main(self.sched.adopt_main())
        apply(ImportCharge(), ctx)
        apply(SwitchInterval(), ctx)
        apply(Streams(), ctx)
        apply(CpuCount(), ctx)
        apply(SeededRandom(), ctx)
        apply(StopSignal(self._on_stop), ctx)
        apply(ChildSignals(), ctx)
        apply(KillPatch(), ctx)
        apply(WorkDir(self.req.get(RequestKey.FILES) or {}), ctx)
        apply(PidPatch(), ctx)
        apply(ExitPatch(), ctx)
        apply(hoist.HoistedFrames(), ctx)
        prepare_world(ctx)
        try:
            from . import net
        except ImportError:
            net = None
        if net is not None and hasattr(net, "install"):
            try:
                net.install(self.req.get(RequestKey.ENDPOINTS) or [], self.seed)
            except ValueError as exc:  # a malformed endpoint declaration: the exercise's fault
                self.setup_error = {"type": SETUP_ERROR_TYPE, "message": str(exc), "line": None,
                                    "traceback": f"{SETUP_ERROR_TYPE}: {exc}\n"}

    def _leave(self):
        if self.sched.only_main_left():
            self.sched.gc.resume()  # a run that failed inside the runtime may leave stacks behind
        try:
            self.ctx.patches.undo_all()
        finally:
            self.ctx.meter.close()
            self.sched.meter = None
            context.activate(self._previous)

    def _on_stop(self, signum, frame):
        self.sched.stop(_sched.RunStopped(Stop.KEYBOARD_INTERRUPT, "stopped"))
        raise _sched.Abort()

    # ----- the run ----------------------------------------------------------------------------

    def make_module(self, name):
        """A module for the program: ``__main__``, or ``__mp_main__`` in a child process."""
        module = types.ModuleType(name)
        module.__file__ = self.filename
        vars(module)["__builtins__"] = self.builtins  # the program's own, sealed (see seal)
        meter = self.ctx.meter
        setattr(module, RMW, meter.rmw_point)
        setattr(module, IOP, operator)
        setattr(module, METER, meter)
        setattr(module, ITER, meter.iter_point)
        for name, hook in sized.hooks(meter).items():
            setattr(module, name, hook)
        if self.explorer is not None:
            for name, hook in self.explorer.hooks().items():
                setattr(module, name, hook)
        return module

    def _main_module(self):
        module = self.make_module("__main__")
        sys.modules["__main__"] = module
        return module

    def _program(self, module):
        s = self.sched
        code = None
        try:
            source: str = str(self.req.get(RequestKey.CODE) or "")
            # Tracebacks (the main program's and a child process's) show the learner's source
            # lines, as CPython's do: the program has no file on disk to read them from.
            lines: list[str] = source.splitlines(True)
            linecache.cache[self.filename] = (len(source), None, lines, self.filename)
            explorer = self.explorer
            code, sites = program_cache.compiled(
                source, self.filename, explore.instrument if explorer is not None else None)
            if explorer is not None:
                explorer.sites.extend(sites)
            self.ctx.compiled = code
            sys.setswitchinterval(s.switch_interval)
            exec(code, module.__dict__)
        except SystemExit as exc:
            self.exit_code = _exit_status(exc, sys.stderr)
        except _sched.Abort:
            pass
        except BaseException as exc:  # the learner's uncaught exception, printed as CPython does
            self.error = _error_info(exc, self.filename, code)
            self.exit_code = 1
            if s.stopping is None:
                sys.stderr.write(self.error["traceback"])

    def _program_end(self, module):
        """The program's result as a run without tests would return it, when the tests are about
        to run and the interpreter's shutdown could not change that result (see program_end)."""
        s = self.sched
        if s.stopping is not None:
            return  # no tests will run: the run's result is the program's
        if program_end.left_for_shutdown(s, module) is not None:
            self.program_end = None
            return
        s.settle()  # the ticks since the last countdown point, as _shutdown charges them
        self.program_end = {
            "stdout": self.out.text("stdout"),
            "stderr": self.out.text("stderr"),
            "exitCode": self.exit_code,
            "elapsed": round(s.cores.elapsed(), 9),
            "error": self.error,
            "trace": self.trace.mark(),
            "deadlock": None,
            "reports": dict(self.ctx.reports),
            "seed": self.seed,
        }

    def _after(self, module):
        """The exercise's tests, the one thing that runs after the program (see harness)."""
        if self.sched.stopping is not None:
            return
        tests = self.req.get(RequestKey.TESTS)
        if not tests:
            return
        try:
            if self.module_guard is not None:
                self.module_guard.restore()
                # Its copies of every namespace would only slow the collection at shutdown.
                self.module_guard = None
            seal.forget_modules(self.builtins)
            self.test_results = harness.run_tests(module.__dict__, tests)
        except _sched.Abort:
            pass

    def _shutdown(self):
        s = self.sched
        if s.stopping is None:
            try:
                import threading

                threading._shutdown()  # pyright: ignore[reportAttributeAccessIssue] (WorldPatch.requires)
                sys.modules["atexit"]._run_exitfuncs()
                finalize.clear_main()
            except SystemExit as exc:
                self.exit_code = _exit_status(exc, sys.stderr)
            except _sched.Abort:
                pass
            except BaseException as exc:
                sys.stderr.write("".join(traceback.format_exception(exc)))
        # The ticks after the program's last countdown point (a module that ends in a loop) are
        # counted but not yet charged: charge them to the main thread while it is still the
        # current one (threads settle as they end, in ``_exit``; after the drain none may be).
        s.settle()
        stopped = s.stopping
        s.drain()
        if s.stopping is None:
            s.stopping = _sched.RunStopped(EXIT, "interpreter shutdown")
        s.gc.resume()
        import gc

        gc.collect()  # now, silently: a later run must not report this run's garbage
        return stopped

    def execute(self) -> dict:
        stopped = None
        try:
            try:
                self._enter()
                module = self._main_module()
                if self.setup_error is not None:
                    self.error, self.exit_code = self.setup_error, 1
                    self.out.note("stderr", self.error["traceback"])
                else:
                    tests = self.req.get(RequestKey.TESTS)
                    if tests:  # the modules as they are now, put back before the tests run
                        self.module_guard = seal.ModuleGuard(seal.imported_by(tests))
                    self._program(module)
                    if tests and self.req.get(RequestKey.PROGRAM_RESULT):
                        self._program_end(module)
                    self._after(module)
                stopped = self._shutdown()
            except (_sched.Abort, KeyboardInterrupt):  # Stop while the run was being set up
                stopped = self.sched.stopping or _sched.RunStopped(Stop.KEYBOARD_INTERRUPT, "stopped")
                self.sched.drain()
            main_status = self.sched.main_proc.exit_status
            if main_status is not None:  # os._exit(n) in the main process
                self.exit_code = main_status
            elapsed = self.sched.cores.elapsed()
            if self.explorer is not None:
                report = stopped.report if stopped is not None and stopped.kind == Stop.DEADLOCK else None
                self.explored = self.explorer.result(report)
        finally:
            self._leave()
        deadlock = None
        if stopped is not None and stopped.kind != EXIT:
            self.exit_code = 1
            if stopped.kind == Stop.DEADLOCK:
                deadlock = stopped.report
            line = stopped.line or self._line_of(deadlock)
            self.error = {"type": stopped.kind, "message": str(stopped), "line": line,
                          "traceback": str(stopped) + "\n"}
            note = f"[Interleave] {stopped}\n" if stopped.kind != Stop.KEYBOARD_INTERRUPT else "KeyboardInterrupt\n"
            self.out.note("stderr", note)
        reports = dict(self.ctx.reports)
        reports.pop(ReportKey.TESTS, None)  # only the runner's own harness reports test results
        if self.test_results is not None:
            reports[ReportKey.TESTS] = self.test_results
        result = {
            "stdout": self.out.text("stdout"),
            "stderr": self.out.text("stderr"),
            "exitCode": self.exit_code,
            "elapsed": round(elapsed, 9),
            "error": self.error,
            "trace": self.trace.to_wire(),  # expanded by the engine (see trace)
            "deadlock": deadlock,
            "reports": reports,
            "seed": self.seed,
            **({"explore": self.explored} if self.explored is not None else {}),
        }
        if self.req.get(RequestKey.PROGRAM_RESULT):
            result["program"] = self._program_result(result)
        return result

    def _program_result(self, result: dict) -> dict | None:
        """The ``program`` of a result: the program's own run, or None when it must be made alone."""
        end = self.program_end
        if end == WHOLE:
            return {key: value for key, value in result.items() if key != "explore"}
        if not isinstance(end, dict):
            return None
        return {**end, "trace": self.trace.to_wire(end["trace"])}

    @staticmethod
    def _line_of(report):
        if not report:
            return None
        for w in report[DeadlockKey.WAITERS]:
            if w[WaiterKey.LINE]:
                return w[WaiterKey.LINE]
        return None


def run(request: dict, emit=None) -> dict:
    return Run(request, emit).execute()
