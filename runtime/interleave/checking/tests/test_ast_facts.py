"""Unit tests of ast_facts under plain CPython (3.11+):
python3 -m unittest discover -s runtime/interleave/checking/tests
"""

import os
import sys
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import ast_facts  #  (loaded by path: the interleave package needs Pyodide)


def facts(code):
    return ast_facts.analyze({"code": textwrap.dedent(code)})


def names(code, **where):
    return [n for n in facts(code)["names"] if all(n[k] == v for k, v in where.items())]


class NameResolution(unittest.TestCase):
    def test_module_attribute(self):
        found = names("import asyncio\nasyncio.run(main())\n", name="asyncio.run")
        self.assertEqual(len(found), 1)
        self.assertTrue(found[0]["call"])
        self.assertEqual(found[0]["line"], 2)

    def test_from_import_and_alias(self):
        code = """
        from asyncio import gather
        from asyncio import sleep as nap
        import threading as th
        gather(nap(1))
        th.Thread(target=print)
        """
        got = {n["name"] for n in facts(code)["names"]}
        self.assertTrue({"asyncio.gather", "asyncio.sleep", "threading.Thread", "print"} <= got)

    def test_submodule_imports(self):
        code = """
        import concurrent.futures
        from concurrent import futures
        import concurrent.futures as cf
        concurrent.futures.ThreadPoolExecutor()
        futures.ProcessPoolExecutor()
        cf.wait([])
        """
        got = [n["name"] for n in facts(code)["names"]]
        self.assertIn("concurrent.futures.ThreadPoolExecutor", got)
        self.assertIn("concurrent.futures.ProcessPoolExecutor", got)
        self.assertIn("concurrent.futures.wait", got)

    def test_reference_is_not_a_call(self):
        found = names("import time\nf = time.sleep\n", name="time.sleep")
        self.assertEqual([n["call"] for n in found], [False])

    def test_chain_through_a_call(self):
        got = [n["name"] for n in facts("import threading\nthreading.Thread(target=f).start()\n")["names"]]
        self.assertIn("threading.Thread", got)

    def test_assignment_targets_are_not_uses(self):
        self.assertEqual(names("x = 1\nself.count = 2\n"), [])

    def test_subclassing_counts_as_use(self):
        self.assertEqual(len(names("import threading\nclass W(threading.Thread):\n    pass\n", name="threading.Thread")), 1)


class Context(unittest.TestCase):
    def test_sleep_inside_async_def(self):
        code = """
        import time, asyncio
        time.sleep(1)
        async def main():
            time.sleep(1)
            def helper():
                time.sleep(2)
            await asyncio.to_thread(lambda: time.sleep(3))
        """
        functions = [n["function"] for n in names(code, name="time.sleep")]
        self.assertEqual(functions, ["module", "async-def", "def", "def"])

    def test_loop_context(self):
        code = """
        import asyncio
        async def main(items):
            for item in await asyncio.sleep(0, items):
                await asyncio.sleep(1)
            else:
                await asyncio.sleep(2)
            results = [await asyncio.sleep(n) for n in items]
            while await asyncio.sleep(0):
                pass
        """
        found = [(n["line"], n["inLoop"]) for n in names(code, name="asyncio.sleep")]
        self.assertEqual(found, [(4, False), (5, True), (7, False), (8, True), (9, True)])

    def test_loop_does_not_reach_into_a_nested_function(self):
        code = """
        for i in range(3):
            def f():
                print(i)
            print(i)
        """
        self.assertEqual([n["inLoop"] for n in names(code, name="print")], [False, True])

    def test_decorators_and_defaults_belong_to_the_outer_scope(self):
        code = """
        import functools
        async def outer():
            @functools.cache
            def inner(x=print()):
                pass
        """
        self.assertEqual(names(code, name="functools.cache")[0]["function"], "async-def")
        self.assertEqual(names(code, name="print")[0]["function"], "async-def")


class Constructs(unittest.TestCase):
    def test_constructs_with_context(self):
        code = """
        import asyncio
        async def main():
            async with lock:
                await asyncio.sleep(1)
            global counter
            with open("f") as f:
                pass
            async for x in agen():
                yield x
        """
        got = [(c["construct"], c["function"]) for c in facts(code)["constructs"]]
        self.assertIn(("async-def", "module"), got)
        self.assertIn(("async-with", "async-def"), got)
        self.assertIn(("await", "async-def"), got)
        self.assertIn(("global", "async-def"), got)
        self.assertIn(("with", "async-def"), got)
        self.assertIn(("async-for", "async-def"), got)
        self.assertIn(("yield", "async-def"), got)

    def test_functions_defined_at_module_level(self):
        got = facts("def a():\n    def b(): pass\nasync def c(): pass\n")["functions"]
        self.assertEqual([(f["name"], f["async"]) for f in got], [("a", False), ("c", True)])


class SyntaxErrors(unittest.TestCase):
    def test_reports_where_parsing_fails(self):
        result = facts("def f(:\n    pass\n")
        self.assertEqual(result["names"], [])
        self.assertEqual(result["syntaxError"]["line"], 1)
        self.assertIsInstance(result["syntaxError"]["message"], str)

    def test_no_error_on_valid_code(self):
        self.assertIsNone(facts("pass\n")["syntaxError"])


if __name__ == "__main__":
    unittest.main()
