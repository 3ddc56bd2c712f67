"""Unit tests of the program rewrite (run on Pyodide by python.test.ts)."""

import ast
import os
import sys
import types
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from interleave import cost, meter, sized
from interleave.rewrite import rewrite


def rewritten(src, explore=False):
    return ast.unparse(rewrite(ast.parse(src), explore))


class RewriteTest(unittest.TestCase):
    def test_shared_augmented_assignment_gets_a_point_when_exploring(self):
        out = rewritten("def f():\n    global n\n    n += 1\n", explore=True)
        self.assertIn("n = __il_rmw__(__il_iop__.iadd(n, 1))", out)

    def test_a_plain_run_keeps_shared_updates_as_written_as_cpython_runs_them(self):
        out = rewritten("def f():\n    global n\n    n += 1\nclass A:\n    def inc(self):\n"
                        "        self.n = self.n + 1\n")
        self.assertIn("    n += 1", out)
        self.assertIn("self.n = self.n + 1", out)
        self.assertNotIn("__il_rmw__", out)

    def test_locals_are_left_alone(self):
        out = rewritten("def f():\n    x = 0\n    x += 1\n", explore=True)
        self.assertIn("x += 1", out)
        self.assertNotIn("__il_rmw__", out)

    def test_attribute_update_reading_itself(self):
        out = rewritten("class A:\n    def inc(self):\n        self.n = self.n + 1\n", explore=True)
        self.assertIn("self.n = __il_rmw__(self.n + 1)", out)

    def test_ticks_open_loops_functions_and_module_after_docstring_and_future(self):
        out = rewritten('"""doc"""\nfrom __future__ import annotations\nfor i in range(3):\n    pass\n')
        lines = out.splitlines()
        self.assertEqual(lines[0], "\"\"\"doc\"\"\"")
        self.assertEqual(lines[1], "from __future__ import annotations")
        self.assertTrue(lines[2].startswith("__il_meter__.left -= "))
        self.assertEqual(lines[3], "if __il_meter__.left <= 0.0:")
        loop = ast.parse("for i in range(3):\n    pass\n").body[0]
        weight = meter.weight(cost.loop_pass(loop, cost.Scope.module()), 2)  # the for line and pass
        self.assertIn(f"    __il_meter__.left -= {weight!r}", out)

    def test_sync_comprehensions_iterate_through_the_meter_but_async_ones_do_not(self):
        comp = ast.parse("[i for i in range(3)]", mode="eval").body
        self.assertIn(f"__il_iter__(range(3), {meter.weight(cost.comprehension_item(comp, 0), 1)!r}, True)",
                      rewritten("x = [i for i in range(3)]"))
        # paid for in runs only when the items run no code of the program's and all are taken
        for src in ("x = [f(i) for i in range(3)]", "x = (i for i in range(3))"):
            with self.subTest(src=src):
                self.assertNotIn(", True)", rewritten(src))
        explored = ast.unparse(rewrite(ast.parse("x = [i for i in range(3)]"), explore=True))
        self.assertNotIn(", True)", explored)
        nested = rewritten("x = [[j for j in i] for i in y]")  # the inner one only
        self.assertRegex(nested, r"for j in __il_iter__\(i, [0-9.]+, True\)\] for i in __il_iter__\(y, [0-9.]+\)\]")
        self.assertRegex(rewritten("x = {a: b for a in p for b in q if a < b}"),
                         r"for a in __il_iter__\(p, [0-9.]+\) for b in __il_iter__\(q, [0-9.]+, True\)")
        self.assertNotIn("__il_iter__", rewritten("async def f(a):\n    return [i async for i in a]\n"))

    def test_builtins_that_work_by_size_go_through_the_sized_hooks(self):
        self.assertIn("__il_call__(sorted, xs, key=abs)", rewritten("ys = sorted(xs, key=abs)"))
        self.assertIn("__il_sort__(xs).sort(reverse=True)", rewritten("xs.sort(reverse=True)"))
        self.assertIn("__il_join__(','.join(parts))", rewritten("s = ','.join(parts)"))
        self.assertIn("__il_join__(text.split())", rewritten("words = text.split()"))
        self.assertIn("__il_call__(Counter, words)", rewritten("c = Counter(words)"))
        self.assertIn("print(len(xs))", rewritten("print(len(xs))"))  # len is O(1): left alone

    def test_rewritten_code_behaves_the_same(self):
        import operator

        src = ("lst = []\nlst += [1]\nalias = lst\nlst += [2]\ntotal = 0\nfor i in range(4):\n    total += i\n"
               "ordered = sorted([3, 1, 2], key=lambda v: -v)\nlst.sort(reverse=True)\ntext = '-'.join(['a', 'b'])\n")
        for explore in (False, True):
            env = {"__il_rmw__": lambda v: v, "__il_iop__": operator,
                   "__il_meter__": types.SimpleNamespace(left=1e9, slow=lambda: None, tick=lambda w: None),
                   "__il_iter__": lambda it, n, whole=False: iter(it), **sized.hooks(_NullMeter())}
            exec(compile(rewrite(ast.parse(src), explore), "t", "exec"), env)
            self.assertIs(env["alias"], env["lst"])  # += still extends in place
            self.assertEqual(env["lst"], [2, 1])  # extended to [1, 2], then sorted in reverse
            self.assertEqual(env["total"], 6)
            self.assertEqual(env["ordered"], [3, 2, 1])
            self.assertEqual(env["text"], "a-b")


class _NullMeter:
    def __init__(self):
        self.sched = types.SimpleNamespace()

    def tick(self, weight):
        pass


if __name__ == "__main__":
    unittest.main()
