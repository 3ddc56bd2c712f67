"""One run of a learner program, start to finish, as CPython would run ``python main.py``.

Order of a run: a fresh world of concurrency modules; the virtual clock and the CPU meter; the
program compiled (with preemption points) and executed as ``__main__``; an uncaught exception
printed as CPython prints it; then interpreter shutdown: ``threading._shutdown`` waits for
non-daemon threads, ``atexit`` functions run, daemon threads are dropped. Everything the run
changed in the interpreter is put back afterwards, whatever happened.
"""

import ast
import io
import operator
import os
import random
import signal
import sys
import traceback
import types

from . import aio, atexit_shim, fakethread, imports, meter, procs, seal, vtime, world
from . import sched as _sched
from .checking import harness
from .contract import DEFAULTS, SETUP_ERROR_TYPE, DeadlockKey, ReportKey, RequestKey, Stop, WaiterKey
from .output import Collector, Stream
from .rewrite import IOP, ITER, RMW, TICK, rewrite
from .trace import Trace

_RUNTIME_DIR = os.path.dirname(os.path.abspath(__file__))


def _exit_status(exc: SystemExit, err_stream) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code
    print(code, file=err_stream)
    return 1


def _error_info(exc, filename):
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line = exc.lineno
    from .procs import format_exception

    text = format_exception(exc)
    return {"type": type(exc).__name__, "message": str(exc), "line": line, "traceback": text}


def prepare_world(sched, trace):
    """Set up the concurrency modules of the process about to run code (main or child)."""
    import threading

    orig_hook = threading.excepthook

    def excepthook(args):
        if args.exc_type is not _sched.Abort:
            orig_hook(args)

    threading.excepthook = excepthook
    aio.setup(sched, trace)


def _setting(request: dict, key: str):
    """A request's setting, or the contract's default when it is absent (or null)."""
    value = request.get(key)
    return DEFAULTS[key] if value is None else value


class Run:
    def __init__(self, request: dict, emit):
        self.req = request
        self.filename = _setting(request, RequestKey.FILENAME)
        self.seed = int(_setting(request, RequestKey.SEED))
        self.trace = Trace()
        self.sched = _sched.Scheduler(
            self.trace, seed=self.seed,
            time_limit=float(_setting(request, RequestKey.VIRTUAL_TIME_LIMIT)),
            step_limit=int(_setting(request, RequestKey.STEP_LIMIT)),
            user_file=self.filename,
        )
        self.out = Collector(self.sched, self.trace, emit, int(_setting(request, RequestKey.OUTPUT_LIMIT)))
        self.exit_code = 0
        self.error = None
        self.setup_error = None
        self.compiled = None
        self.test_results = None
        self.module_guard = None
        self.builtins = seal.builtins_for_program(self.filename)
        self._saved = {}

    # ----- set-up and tear-down ---------------------------------------------------------------

    def _enter(self):
        import interleave

        interleave._reports.clear()
        self._saved = {
            "stdout": sys.stdout, "stderr": sys.stderr, "stdin": sys.stdin, "argv": sys.argv,
            "cwd": os.getcwd(), "sigint": signal.getsignal(signal.SIGINT),
            "switch": sys.getswitchinterval(), "cpu_count": os.cpu_count,
            "random": random.getstate(),
        }
        world.enter(fakethread.module(), atexit_shim.module())
        fakethread.current = self.sched
        vtime.install(self.sched)
        meter.install(self.sched)
        self.sched.adopt_main()
        imports.install(self.sched)
        sys.stdout = Stream(self.out, "stdout")
        sys.stderr = Stream(self.out, "stderr")
        sys.stdin = io.StringIO("")
        sys.argv = [self.filename]
        cpus = int(_setting(self.req, RequestKey.CPU_COUNT))
        os.cpu_count = lambda: cpus
        self.sched.cores = cpus
        random.seed(self.seed)
        signal.signal(signal.SIGINT, self._on_stop)
        self._write_files()
        self.sched.on_process_switch = world.swap
        procs.install(self)
        prepare_world(self.sched, self.trace)
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
        if all(g.is_main or g.state == _sched.DONE for g in self.sched.greens):
            self.sched.resume_gc()  # a run that failed inside the runtime may leave stacks behind
        s = self._saved
        imports.uninstall()
        procs.uninstall()
        meter.uninstall()
        vtime.uninstall()
        fakethread.current = None
        world.leave()
        sys.stdout, sys.stderr, sys.stdin, sys.argv = s["stdout"], s["stderr"], s["stdin"], s["argv"]
        signal.signal(signal.SIGINT, s["sigint"])
        sys.setswitchinterval(s["switch"])
        os.cpu_count = s["cpu_count"]
        random.setstate(s["random"])
        try:
            os.chdir(s["cwd"])
        except OSError:
            pass

    def _write_files(self):
        files = self.req.get(RequestKey.FILES) or {}
        base = "/home/pyodide/work" if os.path.isdir("/home/pyodide") else None
        if base is not None:
            os.makedirs(base, exist_ok=True)
            os.chdir(base)
        for path, text in files.items():
            folder = os.path.dirname(path)
            if folder:
                os.makedirs(folder, exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)

    def _on_stop(self, signum, frame):
        self.sched.stop(_sched.RunStopped(Stop.KEYBOARD_INTERRUPT, "stopped"))
        raise _sched.Abort()

    # ----- the run ----------------------------------------------------------------------------

    def make_module(self, name):
        """A module for the program: ``__main__``, or ``__mp_main__`` in a child process."""
        module = types.ModuleType(name)
        module.__file__ = self.filename
        module.__builtins__ = self.builtins
        setattr(module, RMW, meter.rmw_point)
        setattr(module, IOP, operator)
        setattr(module, TICK, meter.tick)
        setattr(module, ITER, meter.iter_point)
        return module

    def _main_module(self):
        module = self.make_module("__main__")
        sys.modules["__main__"] = module
        return module

    def _program(self, module):
        s = self.sched
        try:
            tree = ast.parse(self.req.get(RequestKey.CODE) or "", self.filename)
            seal.check(tree, self.filename)
            code = self.compiled = compile(rewrite(tree), self.filename, "exec")
            sys.setswitchinterval(s.switch_interval)
            exec(code, module.__dict__)
        except SystemExit as exc:
            self.exit_code = _exit_status(exc, sys.stderr)
        except _sched.Abort:
            pass
        except BaseException as exc:  # the learner's uncaught exception, printed as CPython does
            self.error = _error_info(exc, self.filename)
            self.exit_code = 1
            if s.stopping is None:
                sys.stderr.write(self.error["traceback"])

    def _after(self, module):
        if self.sched.stopping is not None:
            return
        tests = self.req.get(RequestKey.TESTS)
        if tests:
            try:
                if self.module_guard is not None:
                    self.module_guard.restore()
                self.test_results = harness.run_tests(module.__dict__, tests)
            except _sched.Abort:
                pass
        after = self.req.get(RequestKey.AFTER)
        if not after:
            return
        import interleave

        try:
            exec(compile(after, "<checker>", "exec"), module.__dict__)
        except _sched.Abort:
            pass
        except BaseException as exc:
            interleave._reports[ReportKey.AFTER_ERROR] = _error_info(exc, "<checker>")

    def _shutdown(self):
        s = self.sched
        if s.stopping is None:
            try:
                import threading

                threading._shutdown()
                sys.modules["atexit"]._run_exitfuncs()
            except SystemExit as exc:
                self.exit_code = _exit_status(exc, sys.stderr)
            except _sched.Abort:
                pass
            except BaseException as exc:
                sys.stderr.write("".join(traceback.format_exception(exc)))
        stopped = s.stopping
        s.drain()
        if s.stopping is None:
            s.stopping = _sched.RunStopped("Exit", "interpreter shutdown")
        s.resume_gc()
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
                    if tests:
                        self.module_guard = seal.ModuleGuard(seal.imported_by(tests))
                    self._program(module)
                    self._after(module)
                stopped = self._shutdown()
            except (_sched.Abort, KeyboardInterrupt):  # Stop while the run was being set up
                stopped = self.sched.stopping or _sched.RunStopped(Stop.KEYBOARD_INTERRUPT, "stopped")
                self.sched.drain()
            elapsed = max(p.clock for p in self.sched.procs)
        finally:
            self._leave()
        deadlock = None
        if stopped is not None and stopped.kind != "Exit":
            self.exit_code = 1
            if stopped.kind == Stop.DEADLOCK:
                deadlock = stopped.report
            self.error = {"type": stopped.kind, "message": str(stopped), "line": self._line_of(deadlock),
                          "traceback": str(stopped) + "\n"}
            note = f"[Interleave] {stopped}\n" if stopped.kind != Stop.KEYBOARD_INTERRUPT else "KeyboardInterrupt\n"
            self.out.note("stderr", note)
        import interleave

        reports = dict(interleave._reports)
        reports.pop(ReportKey.TESTS, None)  # only the runner's own harness reports test results
        if self.test_results is not None:
            reports[ReportKey.TESTS] = self.test_results
        return {
            "stdout": self.out.text("stdout"),
            "stderr": self.out.text("stderr"),
            "exitCode": self.exit_code,
            "elapsed": round(elapsed, 9),
            "error": self.error,
            "trace": self.trace.to_json(),
            "deadlock": deadlock,
            "reports": reports,
            "seed": self.seed,
        }

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
