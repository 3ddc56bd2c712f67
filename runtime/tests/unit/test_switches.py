"""Stack switches (``Scheduler.switches``): one per hand-off between threads, none when the thread
that gives up the CPU is the next to run anyway."""

import itertools
import sys
import threading
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave import context


class Switches(unittest.TestCase):
    def setUp(self):
        self.sched = context.sched()

    def test_a_lone_thread_sleeps_without_switching(self):
        before = self.sched.switches
        start = time.monotonic()
        for _ in range(5):
            time.sleep(0.01)
        self.assertGreaterEqual(time.monotonic() - start, 0.05)
        self.assertEqual(self.sched.switches, before)

    def test_a_lock_hand_off_is_one_switch(self):
        rounds = 20
        a, b = threading.Lock(), threading.Lock()
        a.acquire()
        b.acquire()
        seen = []

        def ping():
            for _ in range(rounds):
                a.acquire()
                seen.append(self.sched.switches)
                b.release()

        def pong():
            for _ in range(rounds):
                a.release()
                b.acquire()

        threads = [threading.Thread(target=ping), threading.Thread(target=pong)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # between two of ping's turns: ping -> pong, pong -> ping
        self.assertEqual([y - x for x, y in itertools.pairwise(seen)], [2] * (rounds - 1))


if __name__ == "__main__":
    unittest.main()
