"""Unit tests of the hoisting of module-level loops (run on Pyodide by python.test.ts)."""

import ast
import os
import sys
import traceback
import types
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from interleave import hoist, sized
from interleave.rewrite import rewrite


class _NullMeter:
    def tick(self, events):
        pass


def _hoisted(src, explore=False):
    """The names each hoisting function of the rewritten ``src`` declares global."""
    tree = rewrite(ast.parse(src), explore=explore)
    return [[n for g in f.body if isinstance(g, ast.Global) for n in g.names]
            for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == hoist.NAME]


def _run(src, rewritten):
    """The module's names after running ``src`` (rewritten or as written), hooks left out."""
    tree = rewrite(ast.parse(src)) if rewritten else ast.parse(src)
    meter = types.SimpleNamespace(left=1e9, slow=lambda: None)
    env = {"__name__": "__main__", "__il_meter__": meter, "__il_iter__": lambda it, w, whole=False: iter(it),
           "__il_rmw__": lambda v: v, **sized.hooks(_NullMeter())}
    exec(compile(tree, "t.py", "exec"), env)
    return {k: v for k, v in env.items() if not k.startswith("__")}


class HoistTest(unittest.TestCase):
    def test_module_loops_move_with_every_name_they_bind_declared_global(self):
        self.assertEqual(_hoisted("total = 0\nfor i in range(3):\n    total += i\n"), [["i", "total"]])
        src = ("import sys\nif __name__ == '__main__':\n    try:\n        while sys:\n            break\n"
               "    except OSError:\n        pass\n    with open('f') as f:\n        for x in []:\n"
               "            import os.path as p, json\n            del x\n")
        self.assertEqual(sorted(map(sorted, _hoisted(src))), [[], ["json", "p", "x"]])

    def test_loops_whose_move_would_show_stay_at_module_level(self):
        for body in ("def f(): pass", "class A: pass", "g = lambda: 1", "s = sum(j for j in [])",
                     "print(locals())", "print(dir())", "print(globals())", "global k", "a: int = 1", "eval('1')",
                     "from os import *"):
            with self.subTest(body=body):
                self.assertEqual(_hoisted(f"for i in range(2):\n    {body}\n"), [])

    def test_loops_of_functions_and_classes_and_explored_runs_stay(self):
        self.assertEqual(_hoisted("def f():\n    for i in []:\n        pass\nclass A:\n"
                                  "    for j in []:\n        pass\n"), [])
        self.assertEqual(_hoisted("for i in range(2):\n    pass\n", explore=True), [])

    def test_the_hoisted_program_binds_what_the_module_would(self):
        src = ("total, seen = 0, []\n"
               "for i in range(6):\n"
               "    if i == 4:\n        continue\n"
               "    squares = [i * i for i in range(i)]\n"
               "    evens = [(last := v) for v in squares if v % 2 == 0]\n"
               "    try:\n        1 / (i - 2)\n    except ZeroDivisionError as err:\n"
               "        seen.append(str(err))\n"
               "    match i:\n        case 5 as five:\n            seen.append(five)\n"
               "    import math as m\n"
               "    total += i\n"
               "else:\n    done = True\n"
               "n = 3\nwhile n:\n    n -= 1\n    gone = n\n    del gone\n")
        before, after = _run(src, False), _run(src, True)
        self.assertEqual(sorted(after), sorted(before))
        self.assertEqual({k: v for k, v in after.items() if k != "m"},
                         {k: v for k, v in before.items() if k != "m"})
        self.assertIs(after["m"], before["m"])
        self.assertNotIn("err", after)  # unbound after its handler, as at module level

    def test_a_traceback_shows_the_loop_as_module_code_in_one_frame(self):
        src = "for i in range(3):\n    if i == 2:\n        raise ValueError(i)\n"
        try:
            _run(src, True)
        except ValueError as error:  # not assertRaises: it drops the traceback
            raised = error
        patches = [hoist.HoistedFrames(), hoist.HoistedFrames()]  # twice: a run's tests in a run
        for patch in patches:
            patch.apply(None)
        try:
            frames = traceback.extract_tb(raised.__traceback__)
            text = "".join(traceback.format_exception(raised))
        finally:
            for patch in reversed(patches):
                patch.undo()
        self.assertEqual([(f.name, f.lineno) for f in frames if f.filename == "t.py"],
                         [("<module>", 3)])
        self.assertEqual(text.count('File "t.py"'), 1)
        raw, tb = [], raised.__traceback__  # the interpreter's own: the call's frame, the loop's
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "t.py":
                raw.append(tb.tb_lineno)
            tb = tb.tb_next
        self.assertEqual(raw, [1, 3])


if __name__ == "__main__":
    unittest.main()
