"""Runs the runtime's unittest modules inside an Interleave run: on the product's interpreter
(Pyodide's CPython 3.14) and its runtime (virtual clock, green threads, the fresh module world),
as a learner's program runs. python.test.ts runs this file through the engine and turns each test
case into a test of its own; the outcomes come back through ``interleave.report("unittest", ...)``.

Each suite is a folder of unittest modules, discovered as ``python -m unittest discover`` would
(the folder is the top level, so its modules import one another by plain name).
"""

import traceback
import unittest
from pathlib import Path

import interleave

#: The folder the engine put the runtime in (its ``interleave`` package and these tests).
RUNTIME = Path(interleave.__file__).resolve().parents[1]

#: (folder below the runtime, file pattern, the top-level folder imports are relative to)
SUITES = (
    ("tests/unit", "test*.py", "tests/unit"),
    ("tests", "*_test.py", "tests"),
    ("tests/net", "test*.py", "tests/net"),
    ("tests/files", "test*.py", "tests/files"),
    ("interleave/checking/tests", "test*.py", "interleave/checking/tests"),
)


def _text(err):
    """The traceback of an ``exc_info`` triple, as unittest prints it."""
    return "".join(traceback.format_exception(*err))


class Collect(unittest.TestResult):
    """Keeps each test's outcome: [suite/id, "passed" | "failed" | "skipped", message]."""

    def __init__(self, suite):
        super().__init__()
        self.suite = suite
        self.outcomes = {}

    def _set(self, test, status, message=None):
        key = f"{self.suite}/{test.id()}"
        if self.outcomes.get(key, ("passed",))[0] == "failed":
            return  # a failed subtest already decided it
        self.outcomes[key] = (status, message)

    def addSuccess(self, test):
        self._set(test, "passed")

    def addFailure(self, test, err):
        self._set(test, "failed", _text(err))

    def addError(self, test, err):
        self._set(test, "failed", _text(err))

    def addSkip(self, test, reason):
        self._set(test, "skipped", reason)

    def addExpectedFailure(self, test, err):
        self._set(test, "passed")

    def addUnexpectedSuccess(self, test):
        self._set(test, "failed", "unexpected success")

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._set(test, "failed", f"{subtest}: {_text(err)}")


def run_suite(folder, pattern, top):
    start = RUNTIME / folder
    loader = unittest.TestLoader()
    tests = loader.discover(str(start), pattern=pattern, top_level_dir=str(RUNTIME / top))
    result = Collect(folder)
    tests.run(result)
    return [[name, status, message] for name, (status, message) in sorted(result.outcomes.items())]


outcomes = []
for folder, pattern, top in SUITES:
    outcomes.extend(run_suite(folder, pattern, top))
interleave.report("unittest", outcomes)
