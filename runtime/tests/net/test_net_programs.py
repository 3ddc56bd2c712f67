"""Runs every program in programs/ on the virtual clock and checks its stdout and elapsed time.

The same programs and expectations are run through the real engine by runtime/tests/net.test.ts.
"""

import unittest
from pathlib import Path

import vclock

PROGRAMS = Path(__file__).resolve().parent / "programs"


class ProgramsTest(unittest.TestCase):
    def test_programs_print_what_they_expect_in_the_expected_virtual_time(self):
        cases = [c for c in vclock.program_cases(PROGRAMS) if not c["runtime_only"]]
        self.assertGreaterEqual(len(cases), 8)
        for case in cases:
            with self.subTest(program=case["path"].name):
                stdout, elapsed = vclock.run_program(case["path"], case["endpoints"])
                self.assertEqual(stdout, case["stdout"])
                # the modelled waits, plus how late each timed wait wakes (vclock.SLEEP_LATENCY...)
                self.assertGreaterEqual(elapsed, case["elapsed"] - 1e-9)
                self.assertLess(elapsed, case["elapsed"] + 0.01)

    def test_seed_example_reports_the_longest_delay_not_the_sum(self):
        stdout, elapsed = vclock.run_program(PROGRAMS / "seed_aiohttp_gather.py")
        self.assertEqual(stdout, "Completed in 2.05 seconds\nReceived 3 answers\n")
        self.assertLess(elapsed, 1 + 2 + 1)


if __name__ == "__main__":
    unittest.main()
