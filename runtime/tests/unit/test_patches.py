"""Patches of the standard library as reversible units, and the start-up check of their names."""

import sys
import types
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave import patches


class Unit(patches.Patch):
    name = "test unit"
    requires = ("os.getpid", "os.no_such_function", "json.JSONDecoder.__init__:parse_float",
                "json.JSONDecoder.__init__:no_such_attribute", "no_such_module.thing")

    def __init__(self, target, log=None):
        super().__init__()
        self.target = target
        self.log = log

    def apply(self, ctx):
        self.replace(self.target, "present", "patched")
        self.replace(self.target, "absent", "added")
        self.replace_item(self.target.table, "key", "patched")
        self.replace_item(self.target.table, "gone", patches.REMOVE)
        log = self.log
        if log is not None:
            self.later(lambda: log.append(self.name))


class Failing(patches.Patch):
    name = "failing unit"

    def apply(self, ctx):
        self.later(lambda: 1 / 0)


class StartUpCheck(unittest.TestCase):
    def test_missing_names_are_named_with_their_unit(self):
        self.assertEqual(patches.missing([Unit]), [
            "os.no_such_function (test unit)",
            "json.JSONDecoder.__init__:no_such_attribute (test unit)",
            "no_such_module.thing (test unit)",
        ])

    def test_check_fails_loudly_naming_every_missing_name(self):
        with self.assertRaises(RuntimeError) as caught:
            patches.check([Unit])
        message = str(caught.exception)
        self.assertIn("cannot start", message)
        self.assertIn("3 name(s)", message)
        for name in ("os.no_such_function", "no_such_attribute", "no_such_module.thing"):
            self.assertIn(name, message)

    def test_check_passes_when_every_name_exists(self):
        class Fine(patches.Patch):
            requires = ("os.getpid", "asyncio.tasks._PyTask.__init__:_fut_waiter")

        patches.check([Fine])


@unittest.skipUnless(sys.platform == "emscripten", "the runtime's own names are Pyodide's")
class RuntimeUnits(unittest.TestCase):
    def test_every_name_the_runtime_relies_on_exists_in_this_python(self):
        from interleave import startup

        self.assertGreaterEqual(len(startup.UNITS), 10)
        self.assertEqual(patches.missing(startup.UNITS), [])


class ApplyAndUndo(unittest.TestCase):
    def target(self):
        return types.SimpleNamespace(present="original", table={"key": "original", "gone": 1})

    def test_undo_puts_back_exactly_what_was_there(self):
        target = self.target()
        unit = Unit(target)
        unit.apply(None)
        self.assertEqual((target.present, target.absent), ("patched", "added"))
        self.assertEqual(target.table, {"key": "patched"})
        unit.undo()
        self.assertEqual(target.present, "original")
        self.assertFalse(hasattr(target, "absent"))
        self.assertEqual(target.table, {"key": "original", "gone": 1})

    def test_applied_units_are_undone_last_first_even_when_one_fails(self):
        log = []
        applied = patches.Applied()
        first, second = Unit(self.target(), log), Unit(self.target(), log)
        first.name, second.name = "first", "second"
        applied.apply(first, None)
        applied.apply(Failing(), None)
        applied.apply(second, None)
        with self.assertRaises(ZeroDivisionError):
            applied.undo_all()
        self.assertEqual(log, ["second", "first"])
        self.assertEqual(first.target.present, "original")
        self.assertEqual(applied.units, [])


if __name__ == "__main__":
    unittest.main()
