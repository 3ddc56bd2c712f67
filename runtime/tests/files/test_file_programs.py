"""Runs every program in programs/ on the virtual clock, in a scratch directory, and checks its
stdout and elapsed time (the engine runs the same ones in runtime/tests/net.test.ts)."""

import os
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1] / "net"))
import vclock  # noqa: E402

PROGRAMS = Path(__file__).resolve().parent / "programs"


class FilePrograms(unittest.TestCase):
    def test_programs_print_what_they_expect_in_the_expected_virtual_time(self):
        cases = vclock.program_cases(PROGRAMS)
        self.assertGreaterEqual(len(cases), 2)
        for case in cases:
            with self.subTest(program=case["path"].name), tempfile.TemporaryDirectory() as scratch:
                cwd = os.getcwd()
                os.chdir(scratch)
                try:
                    stdout, elapsed = vclock.run_program(case["path"])
                finally:
                    os.chdir(cwd)
                self.assertEqual(stdout, case["stdout"])
                # the modelled waits, plus how late each timed wait wakes (vclock.SLEEP_LATENCY...)
                self.assertGreaterEqual(elapsed, case["elapsed"] - 1e-9)
                self.assertLess(elapsed, case["elapsed"] + 0.01)


if __name__ == "__main__":
    unittest.main()
