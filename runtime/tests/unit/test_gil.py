"""The GIL's hand-over (``sched.gil``): a thread that wakes while others compute waits a whole
switch interval before it may ask for the GIL, then competes with every waiting thread."""

import sys
import threading
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave.sched.gil import drop_request

INTERVAL = 0.005


def wake_delays(busy, wakes=20):
    """How late each of ``wakes`` 10 ms sleeps of this thread ends while ``busy`` threads compute."""
    done = threading.Event()

    def spin():
        x = 0
        while not done.is_set():
            for i in range(200):
                x = (x * 31 + i) % 1_000_003

    threads = [threading.Thread(target=spin) for _ in range(busy)]
    for t in threads:
        t.start()
    delays = []
    for _ in range(wakes):
        asked = time.perf_counter()
        time.sleep(0.010)
        delays.append(time.perf_counter() - asked - 0.010)
    done.set()
    for t in threads:
        t.join()
    return delays


class DropRequest(unittest.TestCase):
    def test_a_thread_that_starts_waiting_after_the_switch_asks_one_interval_later(self):
        self.assertAlmostEqual(drop_request(1.002, 1.000, INTERVAL), 1.007)

    def test_waits_that_saw_a_switch_do_not_count(self):
        # waiting since 1.000, a switch at 1.003: its first wait saw it, the second asks
        self.assertAlmostEqual(drop_request(1.000, 1.003, INTERVAL), 1.010)
        # a switch at 1.006, during its second wait: the third asks
        self.assertAlmostEqual(drop_request(1.000, 1.006, INTERVAL), 1.015)


class HandOver(unittest.TestCase):
    def setUp(self):
        self.interval = sys.getswitchinterval()
        sys.setswitchinterval(INTERVAL)

    def tearDown(self):
        sys.setswitchinterval(self.interval)

    def test_alone_a_thread_wakes_on_time(self):
        self.assertLess(max(wake_delays(0, 5)), 0.001)

    def test_beside_one_busy_thread_a_waking_thread_waits_one_whole_interval(self):
        # CPython 3.11: it may ask for the GIL only after a whole interval, and is the only waiter
        for delay in wake_delays(1):
            self.assertGreaterEqual(delay, INTERVAL)
            self.assertLess(delay, INTERVAL + 0.001)

    def test_beside_three_busy_threads_it_competes_with_them(self):
        # the OS picks among four waiters: usually not the waking thread at the first hand-off
        delays = wake_delays(3)
        self.assertGreaterEqual(min(delays), INTERVAL)
        self.assertGreaterEqual(max(delays), 3 * INTERVAL)
        self.assertGreater(sum(delays) / len(delays), 2 * INTERVAL)


if __name__ == "__main__":
    unittest.main()
