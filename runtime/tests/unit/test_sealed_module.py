"""The renewed modules' guard: an attribute holding a runtime module is refused to any code but
the runtime's own, by a descriptor on a class of the module's own; every other attribute is a
plain module attribute."""

import sys
import types
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interleave import seal_rules
from interleave.seal_rules import SandboxAttributeError, SealedModule, seal_module

RUNTIME_MODULE = sys.modules["interleave.seal_rules"]


def _read_as(module_name, module, attr):
    """``getattr(module, attr)`` from code whose module is ``module_name``."""
    scope = {"__name__": module_name, "m": module, "attr": attr}
    exec("value = getattr(m, attr)", scope)
    return scope["value"]


class Guard(unittest.TestCase):
    def fresh(self):
        m = SealedModule("renewed")
        m.plain = 42
        m.__dict__["rt"] = RUNTIME_MODULE  # as the module's own code binds its imports
        seal_module(m)
        return m

    def test_a_runtime_module_found_after_the_code_ran_is_refused_to_the_program(self):
        m = self.fresh()
        with self.assertRaisesRegex(SandboxAttributeError, "the attribute 'rt' is not available"):
            _read_as("__main__", m, "rt")
        with self.assertRaisesRegex(SandboxAttributeError, "not available"):
            object.__getattribute__(m, "rt")

    def test_the_runtime_reads_it(self):
        self.assertIs(_read_as("interleave.procs", self.fresh(), "rt"), RUNTIME_MODULE)

    def test_other_attributes_are_plain_and_missing_ones_say_so(self):
        m = self.fresh()
        self.assertEqual(_read_as("__main__", m, "plain"), 42)
        with self.assertRaises(AttributeError) as caught:
            _read_as("__main__", m, "nothing")
        self.assertNotIsInstance(caught.exception, SandboxAttributeError)
        self.assertEqual(str(caught.exception), "module 'renewed' has no attribute 'nothing'")

    def test_a_runtime_module_set_later_is_guarded_too(self):
        m = SealedModule("later")
        seal_module(m)
        self.assertIs(type(m), SealedModule)  # nothing to guard: no class of its own
        m.late = RUNTIME_MODULE
        with self.assertRaises(SandboxAttributeError):
            _read_as("__main__", m, "late")
        m.late = types.ModuleType("harmless")  # replaced by a plain module: readable again
        self.assertEqual(_read_as("__main__", m, "late").__name__, "harmless")

    def test_each_module_gets_its_own_class(self):
        a, b = self.fresh(), SealedModule("other")
        b.plain = 1
        self.assertIsNot(type(a), type(b))
        self.assertIsInstance(a, SealedModule)
        self.assertEqual(_read_as("__main__", b, "plain"), 1)
        self.assertFalse(hasattr(seal_rules.SealedModule, "rt"))


if __name__ == "__main__":
    unittest.main()
