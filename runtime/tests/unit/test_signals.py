"""Asynchronous exceptions (``thread_signals.set_async_exc``, CPython's
``PyThreadState_SetAsyncExc``) and the runtime's ``_queue.SimpleQueue``, on green threads."""

import queue
import sys
import threading
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave.thread_signals import set_async_exc


class AsyncExc(Exception):
    pass


class AsyncExceptions(unittest.TestCase):
    def sleeper(self, seen, stop):
        def run():
            try:
                while not stop:
                    time.sleep(0.01)
            except AsyncExc:
                seen.append(time.monotonic())

        t = threading.Thread(target=run)
        t.start()
        return t

    def test_raised_in_a_sleeping_thread_when_it_wakes(self):
        seen, stop = [], []
        t = self.sleeper(seen, stop)
        sent = time.monotonic()
        self.assertEqual(set_async_exc(t.ident, AsyncExc), 1)
        t.join()
        self.assertEqual(len(seen), 1)
        self.assertLessEqual(seen[0] - sent, 0.011)  # at the end of the sleep it was in

    def test_unknown_and_finished_threads_are_not_changed(self):
        self.assertEqual(set_async_exc(-1, AsyncExc), 0)
        t = threading.Thread(target=lambda: None)
        t.start()
        t.join()
        self.assertEqual(set_async_exc(t.ident, AsyncExc), 0)

    def test_none_takes_it_back_before_it_is_raised(self):
        seen, stop = [], []
        t = self.sleeper(seen, stop)
        self.assertEqual(set_async_exc(t.ident, AsyncExc), 1)
        self.assertEqual(set_async_exc(t.ident, None), 1)
        time.sleep(0.05)  # the thread wakes several times
        stop.append(True)
        t.join()
        self.assertEqual(seen, [])

    def test_the_calling_thread_raises_it_when_it_next_resumes(self):
        self.assertEqual(set_async_exc(threading.get_ident(), AsyncExc("mine")), 1)
        with self.assertRaises(AsyncExc) as caught:
            time.sleep(0)
        self.assertEqual(str(caught.exception), "mine")


class SimpleQueue(unittest.TestCase):
    def test_is_the_c_modules_type(self):
        import _queue

        self.assertIs(queue.SimpleQueue, _queue.SimpleQueue)
        self.assertIs(queue.Empty, _queue.Empty)
        self.assertEqual(repr(queue.SimpleQueue()).split(" object at ")[0], "<_queue.SimpleQueue")

    def test_a_timed_get_is_served_by_a_put_before_its_deadline(self):
        q = queue.SimpleQueue()
        got = []
        t = threading.Thread(target=lambda: got.append((q.get(timeout=1.0), time.monotonic())))
        start = time.monotonic()
        t.start()
        time.sleep(0.2)
        q.put("x")
        t.join()
        self.assertEqual(got[0][0], "x")
        self.assertAlmostEqual(got[0][1] - start, 0.2, delta=0.01)
        self.assertEqual(q.qsize(), 0)

    def test_a_timed_get_raises_empty_at_its_deadline(self):
        q = queue.SimpleQueue()
        start = time.monotonic()
        with self.assertRaises(queue.Empty):
            q.get(timeout=0.3)
        self.assertAlmostEqual(time.monotonic() - start, 0.3, delta=0.01)

    def test_blocked_getters_are_served_in_the_order_they_blocked(self):
        q = queue.SimpleQueue()
        got = []
        threads = [threading.Thread(target=lambda n=n: got.append((n, q.get()))) for n in range(3)]
        for t in threads:
            t.start()
            time.sleep(0.01)
        for item in "abc":
            q.put(item)
        for t in threads:
            t.join()
        self.assertEqual(got, [(0, "a"), (1, "b"), (2, "c")])


if __name__ == "__main__":
    unittest.main()
