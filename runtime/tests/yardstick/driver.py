"""Runs one of CPython's own test modules inside an Interleave run (scripts/yardstick.ts).

The script gives it ``yardstick.json`` in the working directory: ``module`` (a dotted name below
the ``test`` package) and ``done`` (ids of tests an earlier run of this module already settled: a
run that ended early, by a deadlock or a limit, is started again after the test it was in). Each test's outcome is printed
as soon as it is known, on a line of its own starting with ``@@yardstick``, so the outcomes of a
run that ends early are not lost.

CPython's test package believes Pyodide can start no thread and open no socket: threads are the
runtime's green threads here, so ``can_start_thread`` is forced true, and a package that skips
itself whole for want of sockets (``test_asyncio``) loads, while each test that asks for sockets
by its own decorator is still skipped.

The test modules are the program here, so they are metered as a learner's file is (``_Metered``):
CPython lets no Python code keep the interpreter past its switch interval, and the runtime only
preempts code that ``rewrite`` gave ticks to. Unmetered, a test whose threads busy-wait
(``test_queue``'s readers polling ``get(False)`` until another thread shuts the queue down)
keeps the CPU forever. ``test.support`` and ``test.libregrtest`` stay unmetered: they are the
harness, as ``unittest`` is.
"""

import ast
import importlib.abc
import importlib.machinery
import json
import sys
import traceback
import unittest

import interleave
from interleave import context
from interleave.rewrite import rewrite

with open("yardstick.json") as _request:
    _asked = json.load(_request)
MODULE: str = _asked["module"]
DONE: list[str] = _asked["done"]

#: Where the script put the ``test`` package, below the runtime's folder.
TESTS_ROOT = str(__import__("pathlib").Path(interleave.__file__).resolve().parents[1] / "cpython")

#: Where the outcomes go: the run's stderr as it was before any test captured it.
_out = sys.stderr


def _emit(kind, test_id, message=None):
    line = json.dumps({"kind": kind, "id": test_id, "message": message})
    _out.write(f"\n@@yardstick {line}\n")
    _out.flush()


def _text(err):
    return "".join(traceback.format_exception(*err))[-4000:]


class Stream(unittest.TestResult):
    """Prints each test's outcome as it is decided (a failed subtest decides its test)."""

    def __init__(self):
        super().__init__()
        self.failed = set()

    def startTest(self, test):
        super().startTest(test)
        _emit("start", test.id())

    def addSuccess(self, test):
        if test.id() not in self.failed:
            _emit("passed", test.id())

    def addFailure(self, test, err):
        _emit("failed", test.id(), _text(err))

    def addError(self, test, err):
        _emit("failed", test.id(), _text(err))

    def addSkip(self, test, reason):
        _emit("skipped", test.id(), str(reason))

    def addExpectedFailure(self, test, err):
        _emit("passed", test.id())

    def addUnexpectedSuccess(self, test):
        _emit("failed", test.id(), "unexpected success")

    def addSubTest(self, test, subtest, err):
        if err is not None and test.id() not in self.failed:
            self.failed.add(test.id())
            _emit("failed", test.id(), f"{subtest}: {_text(err)}")


def _certificates():
    """Put the certificates the script sent (``certdata/`` here) where ``test_asyncio``'s
    loading looks for them, beside the test package."""
    import pathlib
    import shutil

    target = pathlib.Path(TESTS_ROOT) / "test" / "certdata"
    target.mkdir(exist_ok=True)
    for pem in pathlib.Path("certdata").iterdir():
        shutil.copyfile(pem, target / pem.name)


class _Metered(importlib.machinery.SourceFileLoader):
    """Loads a test module rewritten and metered like the learner's program: the same ticks,
    read-modify-write points and hooks (``make_module``'s ``__il_*`` names), never cached."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        tree = rewrite(ast.parse(self.get_data(path), path))
        return compile(tree, path, "exec", dont_inherit=True)

    def exec_module(self, module):
        hooks = vars(context.current().make_module(module.__name__))
        for name, value in hooks.items():
            if name.startswith("__il_"):
                setattr(module, name, value)
        super().exec_module(module)


class _MeteredFinder(importlib.abc.MetaPathFinder):
    """Finds the test package's modules (below ``TESTS_ROOT``) with ``_Metered``."""

    def find_spec(self, name, path, target=None):
        if name != "test" and not name.startswith("test."):
            return None
        if name.startswith("test.libregrtest"):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path or [TESTS_ROOT])
        if spec is None or not (spec.origin or "").startswith(TESTS_ROOT):
            return None
        if not (spec.origin or "").endswith(".py"):
            return None
        if name in _SUPPORT_FIXES:
            spec.loader = _Fixed(name, spec.origin)
        elif not name.startswith("test.support"):
            spec.loader = _Metered(name, spec.origin)
        return spec


class _Fixed(importlib.machinery.SourceFileLoader):
    """Loads a module of ``test.support`` (unmetered: the harness) and fixes it for this runtime
    (``_SUPPORT_FIXES``) in every process that imports it. A spawned child imports the test
    package again, its own (``world.private_root``): a fix made once in the parent did not reach
    it, so a worker unpickling a test module's function (``test_wait``'s ``mul``) ran
    ``test_concurrent_futures/__init__``'s ``requires_working_threading(module=True)`` against
    Pyodide's "no threads", raised SkipTest, died, and broke the executor's pool."""

    def exec_module(self, module):
        super().exec_module(module)
        _SUPPORT_FIXES[module.__name__](module)


def _async_exceptions():
    """``ctypes.pythonapi.PyThreadState_SetAsyncExc`` (``test_threading`` calls it through ctypes)
    for green threads: Pyodide's own knows only the one OS thread. A learner's program cannot
    import ctypes (``seal_rules``), so only the harness installs this."""
    try:
        import ctypes

        api = ctypes.pythonapi
    except (ImportError, OSError):
        return
    from interleave.thread_signals import set_async_exc

    def PyThreadState_SetAsyncExc(ident, exc):
        if isinstance(exc, ctypes.py_object):
            exc = exc.value if exc else None  # a NULL py_object takes the exception back
        return set_async_exc(ident, exc)

    api.PyThreadState_SetAsyncExc = PyThreadState_SetAsyncExc


def _prepare():
    # a spawned child imports CPython's test package again, as CPython's does: its modules see
    # the child's own threading and multiprocessing (current_process(), the main thread's name)
    from interleave import world

    world.private_root("test")
    sys.path.insert(0, TESTS_ROOT)
    sys.meta_path.insert(0, _MeteredFinder())
    _async_exceptions()
    _certificates()


def _fix_threading_helper(threading_helper):
    # threads are green threads here: they start (Pyodide's own threads do not)
    threading_helper.can_start_thread = True


def _fix_support(support):
    socket_check = support.requires_working_socket

    def requires_working_socket(*, module=False):
        return None if module else socket_check()

    support.requires_working_socket = requires_working_socket

    # Pyodide has no subinterpreters: its _testcapi.run_in_subinterp returns -1 at once, and there
    # is no InterpreterPoolExecutor, which the concurrent.futures tests name while defining their
    # mixins. Stand-ins skip the tests that use them (they cannot run in Pyodide, as the ones that
    # need sockets or fork).
    def no_subinterpreters(*args, **kwargs):
        raise unittest.SkipTest("no subinterpreters in Pyodide")

    support.run_in_subinterp = support.run_in_subinterp_with_config = no_subinterpreters

    import concurrent.futures as futures

    if not hasattr(futures, "InterpreterPoolExecutor"):

        class InterpreterPoolExecutor:
            def __init__(self, *args, **kwargs):
                no_subinterpreters()

        futures.InterpreterPoolExecutor = InterpreterPoolExecutor


#: What the harness changes in ``test.support`` for this runtime, by module, made as the module
#: loads in any process (``_Fixed``).
_SUPPORT_FIXES = {
    "test.support": _fix_support,
    "test.support.threading_helper": _fix_threading_helper,
}


#: Tests that need what a browser tab cannot have, skipped as CPython skips the tests a platform
#: cannot run: (test class, test method or None for the whole class) -> why. Only these: every
#: other test runs. runtime/README.md lists them.
SOCKETS = "needs real sockets (connection.Listener/Client); a browser tab has none"
INTERPRETER = "starts a real Python interpreter (subprocess, script_helper); a browser tab has none"
C_THREAD = ("starts an OS thread from C (_testcapi.call_in_temporary_c_thread); Pyodide cannot start "
            "one, and a learner's program cannot reach C")
FORK = ("needs the fork start method: a simulated process cannot copy its parent's memory, so "
        "get_context('fork') raises ValueError (runtime/README.md, Processes)")
CANNOT_RUN = {
    ("WithProcessesTestListener", None): SOCKETS,
    ("WithProcessesTestListenerClient", None): SOCKETS,
    ("WithProcessesTestSpawnedSysPath", "test_child_sys_path"): INTERPRETER,
    ("WithProcessesTestSharedMemory", "test_shared_memory_cleaned_after_process_termination"):
        INTERPRETER,
    ("WithProcessesTestSharedMemory", "test_shared_memory_tracking"): INTERPRETER,
    ("WithProcessesTestSharedMemory", "test_shared_memory_untracking"): INTERPRETER,
    ("WithProcessesTestSharedMemory",
     "test_shared_memory_SharedMemoryManager_reuses_resource_tracker"): INTERPRETER,
    # test_threading
    ("ThreadTests", "test_frame_tstate_tracing"): C_THREAD,
    # test_misc
    ("TestInvalidFamily", "test_invalid_family"): SOCKETS,
    ("TestTimeouts", "test_timeout"): SOCKETS,
    ("TestWait", "test_wait_socket"): SOCKETS,
    ("TestWait", "test_wait_socket_slow"): SOCKETS,
    ("TestIgnoreEINTR", "test_ignore_listener"): SOCKETS,
    ("TestFlags", "test_flags"): INTERPRETER,
    ("TestResourceTracker", "test_resource_tracker"): INTERPRETER,
}


def _cannot_run(test):
    """Why ``test`` cannot run in a browser tab (None: it can)."""
    cls = type(test).__name__
    method = getattr(test, "_testMethodName", None)
    if getattr(test, "ctx", None) == "fork":  # concurrent.futures' ProcessPoolFork* variants
        return FORK
    return CANNOT_RUN.get((cls, method)) or CANNOT_RUN.get((cls, None))


def _skipped(test, reason):
    """``test`` made to skip with ``reason`` (its method replaced on this instance)."""
    setattr(test, test._testMethodName, unittest.skip(reason)(getattr(test, test._testMethodName)))
    return test


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def main():
    _prepare()
    loader = unittest.TestLoader()
    try:
        suite = loader.loadTestsFromName(f"test.{MODULE}")
    except unittest.SkipTest as skip:
        _emit("skipped", MODULE, str(skip))
        return
    done = set(DONE)
    remaining = unittest.TestSuite()
    for test in _flatten(suite):
        if test.id() not in done:
            reason = _cannot_run(test)
            remaining.addTest(test if reason is None else _skipped(test, reason))
    # unittest's class and module fixtures run as a TestSuite runs them
    remaining.run(Stream())
    _emit("end", MODULE)


if __name__ == "__main__":
    main()
