"""The trace keeps events as given and writes the JSON's shape once (``Trace.to_json``); its fast
rounding of times must give exactly ``round(t, 9)``, the float the JSON had before."""

import random
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave.trace import Trace, ns9, round9


class Round9(unittest.TestCase):
    def test_the_same_float_as_round(self):
        rng = random.Random(14)
        times = [0.0, 5e-10, 1.5e-9, 2.5e-9, 0.00017, 0.50017, 1099.5117, 2000.0000000005, 1e7]
        for _ in range(5_000):
            times.append(rng.random() * 10 ** rng.randint(-10, 4))
            # halves of a nanosecond, the case the fast path must leave to round()
            times.append(rng.randint(0, 10**12) / 1e9 + rng.choice([5e-10, -5e-10, 1e-16]))
            # clocks as the scheduler sums them: naps, wake-up latencies, CPU charges
            times.append(sum(rng.choice([0.5, 0.00017, 2e-5, 4e-8]) for _ in range(rng.randint(1, 40))))
        mismatched = [t for t in times if repr(round9(t)) != repr(round(t, 9))]
        self.assertEqual(mismatched, [])
        # and the engine's k / 1e9 of the whole nanoseconds on the wire is that float too
        mismatched = [t for t in times if t < 9e6 and ((n := ns9(t)) is None or n / 1e9 != round(t, 9))]
        self.assertEqual(mismatched, [])
        self.assertEqual([ns9(t) for t in (-1.0, 1e7, float("inf"), float("nan"))], [None] * 4)


class ToJson(unittest.TestCase):
    def test_events_sorted_by_rounded_time_stably_with_their_fields(self):
        trace = Trace()
        trace.add(0.3000000001, "run", 1)
        trace.add(0.1, "block", 2, reason="sleep", detail=None)
        trace.add(0.30000000009, "wake", 3)  # the same time once rounded: stays after the run
        self.assertEqual(trace.to_json()["events"], [
            {"t": 0.1, "kind": "block", "lane": 2, "reason": "sleep"},
            {"t": 0.3, "kind": "run", "lane": 1},
            {"t": 0.3, "kind": "wake", "lane": 3},
        ])

    def test_events_past_the_cap_are_dropped_and_said(self):
        trace = Trace(max_events=2)
        for i in range(3):
            trace.add(i, "run", 1)
        out = trace.to_json()
        self.assertEqual([e["t"] for e in out["events"]], [0, 1])
        self.assertTrue(out["truncated"])


class ToWire(unittest.TestCase):
    """The compact form the engine expands (src/engine/trace-wire.ts) holds what ``to_json``
    holds: lane ids are places, fields are kept as given (the engine drops the None ones)."""

    def test_the_same_lanes_and_events_as_the_json(self):
        trace = Trace()
        main = trace.lane("process", "MainProcess", None, None)
        task = trace.lane("task", "Task-1", main, main)
        trace.rename(task, "fetch")
        trace.add(0.3000000001, "run", task)
        trace.add(0.1, "block", main, reason="sleep", detail=None)
        trace.add(0.30000000009, "finish", task, error=None)
        wire = trace.to_wire()
        self.assertEqual(wire["lanes"], [["process", "MainProcess", None, 1],
                                         ["task", "fetch", 1, 1]])
        self.assertTrue(wire["ns"])
        self.assertEqual(wire["events"], [(100_000_000, "block", 1, {"reason": "sleep", "detail": None}),
                                          (300_000_000, "run", 2),
                                          (300_000_000, "finish", 2, {"error": None})])
        expanded = [{"t": t / 1e9, "kind": kind, "lane": lane,
                     **{k: v for k, v in (rest[0] if rest else {}).items() if v is not None}}
                    for t, kind, lane, *rest in wire["events"]]
        json = trace.to_json()
        self.assertEqual(expanded, json["events"])
        self.assertEqual([{"id": i, "kind": k, "name": n, "parent": p, "process": pr}
                          for i, (k, n, p, pr) in enumerate(wire["lanes"], 1)], json["lanes"])
        self.assertEqual((wire["version"], wire["truncated"]), (json["version"], json["truncated"]))

    def test_times_in_seconds_when_one_does_not_fit_nanoseconds(self):
        trace = Trace()
        trace.add(2.0e7, "run", 1)  # 231 days: past a double's exact nanosecond counts
        trace.add(0.5, "run", 1)
        wire = trace.to_wire()
        self.assertFalse(wire["ns"])
        self.assertEqual(wire["events"], [(0.5, "run", 1), (2.0e7, "run", 1)])


if __name__ == "__main__":
    unittest.main()
