"""Runs an exercise's test functions against the learner's program (checks of kind "tests").

The runner calls :func:`run_tests` (with the ``tests`` source of the run request) once the
learner's program has finished, in the program's namespace and still on the virtual clock; it
imported this module before the program ran, so the program cannot replace it, and it reports the
results itself. Tests that use a builtin the program redefined (``def len(x): ...``) fail, and an
``async def`` test passes only if its body ran to its end (the program may have broken asyncio). The test source
is executed in that same namespace (the program is over, so adding names does no harm), so tests
call the learner's functions by name and can read or reset its globals (``global counter``).
Each ``test_*`` function the source defines runs in definition
order; ``async def`` tests run with ``asyncio.run``. A test fails by raising: the message is the
assertion's text, else the failing ``assert`` line, else the exception. Results are handed to
the checker as JSON: ``report("tests", [{"name", "passed", "message", "doc"}, ...])``.
"""

import linecache
import re
import sys
import traceback
from types import CoroutineType as _Coroutine

FILENAME = "<exercise tests>"
#: An object's address in its repr (``<function f at 0x1ae39a0>``): where the object happened to
#: be in memory, which differs between hosts and runs of another build; the verdict leaves it out.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _register_source(source):
    # Lets tracebacks show the line of a failed assert in the test source.
    lines = source.splitlines(keepends=True)
    linecache.cache[FILENAME] = (len(source), None, lines, FILENAME)


def _failure_message(error):
    return _ADDRESS.sub("", _message(error))


def _message(error):
    if isinstance(error, AssertionError):
        if error.args and str(error):
            return str(error)
        for frame in reversed(traceback.extract_tb(error.__traceback__)):
            if frame.filename == FILENAME and frame.line:
                return f"failed: {frame.line.strip()}"
        return "assertion failed"
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _call(test):
    import asyncio

    result = test()
    if not isinstance(result, _Coroutine):
        return
    # The program may have replaced asyncio.run (or the loop's machinery) with something that
    # never runs the test: a test passes only if its body really reached its end.
    finished = []

    async def to_the_end():
        await result
        finished.append(True)

    asyncio.run(to_the_end())
    if not finished:
        raise AssertionError("the test did not run to its end")


def _shadowed_builtins(namespace, source):
    """Builtins the test source uses that the program redefined (the tests would call the fakes)."""
    import ast
    import builtins

    try:
        tree = ast.parse(source)
    except SyntaxError:  # reported by run_tests as a broken test file
        return []
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    real = builtins.__dict__
    return sorted(n for n in used if n in real and n in namespace and namespace[n] is not real[n])


def run_tests(namespace, source):
    """Runs the tests in ``source`` against ``namespace``; returns and reports the results."""
    _register_source(source)
    scope = namespace
    results = []
    shadowed = _shadowed_builtins(namespace, source)
    if shadowed:
        names = ", ".join(shadowed)
        message = f"the program redefines {names}, which the exercise's tests use"
        return [{"name": "<program>", "passed": False, "message": message, "doc": None}]
    try:
        exec(compile(source, FILENAME, "exec"), scope)
    except Exception as error:  # a broken test file is the exercise's fault: say so
        results.append({"name": "<test source>", "passed": False, "message": _failure_message(error), "doc": None})
        return _report(results)
    tests = [
        value
        for key, value in scope.items()
        if key.startswith("test_") and callable(value) and getattr(getattr(value, "__code__", None), "co_filename", None) == FILENAME
    ]
    for test in tests:
        doc = (test.__doc__ or "").strip().splitlines()
        entry = {"name": test.__name__, "passed": True, "message": None, "doc": doc[0] if doc else None}
        try:
            _call(test)
        except (Exception, SystemExit) as error:
            entry["passed"] = False
            entry["message"] = _failure_message(error)
        results.append(entry)
        sys.stdout.flush()
    return _report(results)


def _report(results):
    try:
        from interleave import report
    except ImportError:  # plain CPython unit tests
        return results
    report("tests", results)
    return results
