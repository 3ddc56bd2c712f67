"""Unit tests of the meter's comprehension iterator (run on Pyodide by python.test.ts)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from interleave import meter


class _Sched:
    """Budgets of varied sizes; records where the slow path ran, on which item."""

    def __init__(self, budgets):
        self.budgets = list(budgets)
        self.log = []

    def budget(self):
        return self.budgets.pop(0) if self.budgets else 1000

    def charge(self, events):
        self.log.append(("charge", events))

    def checkpoint(self):
        self.log.append(("slow",))
        self.meter.rearm()  # the next budget, as the scheduler sets it


def _iterate(items, weight, whole, budgets, shrink=None):
    sched = _Sched(budgets)
    m = meter.Meter(sched)
    sched.meter = m
    m.rearm()
    seen = []
    for item in m.iter_point(items, weight, whole):
        sched.log.append(("item", item))
        seen.append(item)
        if shrink is not None and len(seen) == shrink:
            del items[-3:]  # the program shortens the list it runs over
    m.flush()
    return seen, sched.log, m.left, m.lines


class IterPointTest(unittest.TestCase):
    def test_runs_charge_and_stop_exactly_where_items_one_by_one_do(self):
        weight = meter.weight(37, 1)
        for n in (0, 1, 5, 27, 28, 100, 1000):
            for budgets in ([37 * 27], [37 * 27 + 5, 100, 3000], [1, 1, 1, 10_000], [37 * 4] * 40):
                with self.subTest(n=n, budgets=budgets):
                    one = _iterate(list(range(n)), weight, False, budgets)
                    runs = _iterate(list(range(n)), weight, True, budgets)
                    self.assertEqual(runs, one)

    def test_a_list_shortened_or_grown_meanwhile_gives_what_iterating_it_gives(self):
        weight = meter.weight(20, 1)
        one = _iterate(list(range(50)), weight, False, [20 * 7] * 20, shrink=10)
        runs = _iterate(list(range(50)), weight, True, [20 * 7] * 20, shrink=10)
        self.assertEqual(runs, one)
        self.assertEqual(len(runs[0]), 47)

    def test_only_sized_iterables_of_whole_comprehensions_come_in_runs(self):
        m = meter.Meter(_Sched([]))
        self.assertEqual(type(m.iter_point(range(3), 1.0, True)).__name__, "chain")
        self.assertEqual(type(m.iter_point(range(3), 1.0)).__name__, "generator")
        self.assertEqual(type(m.iter_point(iter([1]), 1.0, True)).__name__, "generator")


if __name__ == "__main__":
    unittest.main()
