"""Unit tests of the test-function harness under plain CPython (3.11+)."""

import os
import sys
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import harness


def run(program, tests):
    namespace = {"__name__": "__main__"}
    exec(textwrap.dedent(program), namespace)
    return harness.run_tests(namespace, textwrap.dedent(tests))


class RunTests(unittest.TestCase):
    def test_calls_learner_functions_in_definition_order(self):
        results = run(
            "def add(a, b):\n    return a + b\n",
            """
            def test_b():
                '''adds small numbers'''
                assert add(1, 2) == 3

            def test_a():
                assert add(2, 2) == 5, "2 + 2 should be 5?"
            """,
        )
        self.assertEqual([r["name"] for r in results], ["test_b", "test_a"])
        self.assertEqual(results[0], {"name": "test_b", "passed": True, "message": None, "doc": "adds small numbers"})
        self.assertEqual(results[1]["message"], "2 + 2 should be 5?")

    def test_bare_assert_shows_its_line(self):
        results = run("x = 1\n", "def test_x():\n    assert x == 2\n")
        self.assertEqual(results[0]["message"], "failed: assert x == 2")

    def test_other_exceptions_are_failures(self):
        results = run("", "def test_missing():\n    fetch_all()\n")
        self.assertFalse(results[0]["passed"])
        self.assertIn("NameError", results[0]["message"])

    def test_messages_leave_out_object_addresses(self):
        results = run(
            "class Box:\n    pass\n",
            "def test_repr():\n    assert False, repr(Box())\n"
            "def test_error():\n    raise TypeError(f'cannot pickle {(lambda: 0)!r}')\n",
        )
        self.assertEqual(results[0]["message"], "<__main__.Box object>")
        self.assertEqual(results[1]["message"], "TypeError: cannot pickle <function test_error.<locals>.<lambda>>")

    def test_async_tests_run_on_an_event_loop(self):
        results = run(
            "import asyncio\nasync def double(x):\n    await asyncio.sleep(0)\n    return 2 * x\n",
            "async def test_double():\n    assert await double(4) == 8\n",
        )
        self.assertTrue(results[0]["passed"])

    def test_learner_names_starting_with_test_are_not_run(self):
        results = run("def test_helper():\n    raise RuntimeError\n", "def test_real():\n    pass\n")
        self.assertEqual([r["name"] for r in results], ["test_real"])

    def test_a_broken_test_source_is_reported(self):
        results = run("", "def test_x(:\n    pass\n")
        self.assertEqual(results[0]["name"], "<test source>")
        self.assertFalse(results[0]["passed"])

    def test_tests_share_the_program_globals(self):
        results = run(
            "counter = 5\ndef bump():\n    global counter\n    counter += 1\n",
            "def test_reset_and_bump():\n    global counter\n    counter = 0\n    bump()\n    assert counter == 1, counter\n",
        )
        self.assertTrue(results[0]["passed"], results[0]["message"])


if __name__ == "__main__":
    unittest.main()
