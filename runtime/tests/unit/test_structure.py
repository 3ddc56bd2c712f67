"""The runtime's shape: no import cycles between its modules, and its parts stay in their place."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import structure


class ImportCycles(unittest.TestCase):
    def test_the_package_has_no_import_cycles(self):
        edges = structure.graph()
        self.assertIn("interleave.runner", edges)
        self.assertEqual(structure.cycles(edges), [])

    def test_the_checker_finds_a_cycle_and_a_lazy_import(self):
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
        self.assertEqual(structure.cycles(edges), [["a", "b", "c", "a"]])

    def test_imports_inside_functions_count(self):
        edges = structure.graph()
        # sched's threads read the deadlock report lazily; that is still an edge
        self.assertIn("interleave.deadlock", edges["interleave.sched.threads"])

    def test_imports_for_type_checking_only_are_left_out(self):
        # cpu.py names the Scheduler's types for the checker; it imports no threads at run time
        self.assertNotIn("interleave.sched.threads", structure.graph()["interleave.sched.cpu"])

    def test_the_run_context_imports_nothing_of_the_runtime(self):
        self.assertEqual(structure.graph()["interleave.context"], set())


class Parts(unittest.TestCase):
    def test_no_module_holds_the_run_in_a_global_of_its_own(self):
        # the run in progress is found through interleave.context only
        for name, path in structure.modules().items():
            text = path.read_text(encoding="utf-8")
            for singleton in ("fakethread.current", "_run = ", "_state = None", "_sched = None"):
                self.assertNotIn(singleton, text, f"{name} keeps {singleton!r}")

    def test_the_scheduler_is_split_by_job(self):
        for part in ("threads", "cpu", "cores", "timers", "limits", "gc_pause"):
            self.assertIn(f"interleave.sched.{part}", structure.modules())
        for path in structure.modules().values():
            lines = path.read_text(encoding="utf-8").count("\n")
            self.assertLessEqual(lines, 420, f"{path.name} has {lines} lines")


if __name__ == "__main__":
    unittest.main()
