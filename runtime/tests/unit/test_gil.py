"""When a thread waiting for the GIL asks for it (``sched.gil.drop_request``). How threads then
share it, run as a learner's program is (metered), is in ../gil.test.ts."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave.sched.gil import drop_request

INTERVAL = 0.005


class DropRequest(unittest.TestCase):
    def test_a_thread_that_starts_waiting_after_the_switch_asks_one_interval_later(self):
        self.assertAlmostEqual(drop_request(1.002, 1.000, INTERVAL), 1.007)

    def test_waits_that_saw_a_switch_do_not_count(self):
        # waiting since 1.000, a switch at 1.003: its first wait saw it, the second asks
        self.assertAlmostEqual(drop_request(1.000, 1.003, INTERVAL), 1.010)
        # a switch at 1.006, during its second wait: the third asks
        self.assertAlmostEqual(drop_request(1.000, 1.006, INTERVAL), 1.015)


if __name__ == "__main__":
    unittest.main()
