"""Unit tests of the meter's comprehension iterator (run on Pyodide by python.test.ts)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from interleave import meter


class _Sched:
    """Budgets of varied sizes; records where the slow path ran, on which item."""

    def __init__(self, budgets, quiet=False):
        self.budgets = list(budgets)
        self.log = []
        self.quiet = quiet  # whether checkpoints would have nothing to do (``quiet_for``)

    def budget(self):
        return self.budgets.pop(0) if self.budgets else 1000

    def charge(self, events):
        self.log.append(("charge", events))

    def quiet_for(self, events, lines):
        if self.quiet:  # logged only then: a busy scheduler's log is the runs' own
            self.log.append(("quiet?", events, lines))
        return self.quiet

    def checkpoint(self):
        self.log.append(("slow",))
        self.meter.rearm()  # the next budget, as the scheduler sets it


def _armed(budgets, quiet=False):
    """A scheduler of ``budgets`` and its meter, its countdown set."""
    sched = _Sched(budgets, quiet)
    m = meter.Meter(sched)
    sched.meter = m
    m.rearm()
    return sched, m


def _iterate(items, weight, whole, budgets, shrink=None, quiet=False):
    sched, m = _armed(budgets, quiet)
    seen = []
    for item in m.iter_point(items, weight, whole):
        sched.log.append(("item", item))
        seen.append(item)
        if shrink is not None and len(seen) == shrink:
            del items[-3:]  # the program shortens the list it runs over
    m.flush()
    return seen, sched.log, m.left, m.lines


def _charged(log):
    return sum(entry[1] for entry in log if entry[0] == "charge")


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

    def test_items_that_fit_the_countdown_are_the_iterable_itself_paid_at_once(self):
        m = meter.Meter(_Sched([1000]))
        m.rearm()
        items = [1, 2, 3]
        self.assertIs(m.iter_point(items, meter.weight(10, 1), True), items)
        self.assertEqual(m.left, 1000 - 3 * meter.weight(10, 1))

    def test_a_quiet_scheduler_takes_items_past_the_countdown_at_once_with_the_same_charge(self):
        weight = meter.weight(37, 1)
        items = list(range(100))
        one = _iterate(list(items), weight, False, [37 * 10] * 20)
        quiet = _iterate(items, weight, True, [37 * 10] * 20, quiet=True)
        self.assertEqual(quiet[0], one[0])
        self.assertEqual(_charged(quiet[1]), _charged(one[1]))
        self.assertEqual(quiet[3], one[3])  # the lines counted
        # asked once, then the items with no slow path among them, then the charge, at the
        # flush after the last item (before them, the clock was ahead while they ran)
        self.assertEqual(quiet[1][0], ("quiet?", 3700, 100))
        self.assertEqual(quiet[1][1:101], [("item", i) for i in items])
        self.assertEqual(quiet[1][101:], [("charge", 3700)])

    def test_the_first_tick_after_a_quiet_comprehension_counts_its_items_and_takes_the_slow_path(self):
        weight = meter.weight(37, 1)
        sched, m = _armed([37 * 10] * 20, quiet=True)
        squares = [x * x for x in m.iter_point(list(range(100)), weight, True)]
        self.assertEqual(len(squares), 100)
        self.assertEqual(sched.log, [("quiet?", 3700, 100)])  # nothing charged yet
        m.tick(5)  # the next statement
        self.assertEqual(sched.log[1:], [("charge", 3705), ("slow",)])
        self.assertEqual(m.lines, 100)

    def test_a_quiet_comprehension_left_early_pays_for_the_items_that_ran(self):
        weight = meter.weight(37, 1)
        sched, m = _armed([37 * 10] * 20, quiet=True)
        with self.assertRaises(ZeroDivisionError):
            [1 // (x - 30) for x in m.iter_point(list(range(100)), weight, True)]
        # the items 0..30 ran (the 31st raised): their ticks are counted, not the other 69, and
        # charged at the next slow path, with their lines
        m.flush()
        self.assertEqual(_charged(sched.log), 31 * 37)
        self.assertEqual(m.lines, 31)

    def test_a_busy_scheduler_keeps_the_runs(self):
        weight = meter.weight(37, 1)
        busy = _iterate(list(range(100)), weight, True, [37 * 10] * 20, quiet=False)
        one = _iterate(list(range(100)), weight, False, [37 * 10] * 20)
        self.assertEqual(busy, one)

    def test_only_sized_iterables_of_whole_comprehensions_come_in_runs(self):
        m = meter.Meter(_Sched([]))
        self.assertEqual(type(m.iter_point(range(3), 1.0, True)).__name__, "chain")
        self.assertEqual(type(m.iter_point(range(3), 1.0)).__name__, "generator")
        self.assertEqual(type(m.iter_point(iter([1]), 1.0, True)).__name__, "generator")


if __name__ == "__main__":
    unittest.main()
