"""Unit tests of the CPU model's weights (run on Pyodide by python.test.ts). The model's fit to
CPython is checked on whole kernels by tests/cpu/cpu.test.ts; these check its structure."""

import ast
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from interleave import cost, sized

W = cost.W


def loop(src, in_function=False):
    """The tick weight of the first loop in ``src`` (inside a function when asked)."""
    tree = ast.parse(src)
    if in_function:
        fn = tree.body[0]
        return cost.loop_pass(fn.body[0], cost.Scope.function(fn))
    return cost.loop_pass(tree.body[0], cost.Scope.module())


class CostTest(unittest.TestCase):
    def test_names_in_a_function_are_cheaper_than_module_globals(self):
        module = loop("for i in r:\n    t += i * i\n")
        function = loop("def f(r, t):\n    for i in r:\n        t += i * i\n", in_function=True)
        self.assertGreater(module, function)
        self.assertEqual(module - function, 5 * (W["DICT_NAME"] - W["FAST"]))  # i stored, read twice; t twice

    def test_a_function_reading_a_global_pays_the_global_lookup(self):
        local = loop("def f(n, k):\n    for i in n:\n        k(i)\n", in_function=True)
        glob = loop("def f(n):\n    for i in n:\n        k(i)\n", in_function=True)
        self.assertEqual(glob - local, W["GLOBAL"] - W["FAST"])

    def test_a_statement_costs_the_sum_of_its_operations(self):
        one = loop("def f(r, a):\n    for i in r:\n        a = i + 1\n", in_function=True)
        two = loop("def f(r, a):\n    for i in r:\n        a = i + 1 + 1\n", in_function=True)
        self.assertEqual(two - one, W["BINOP"] + W["CONST"])

    def test_a_conversion_by_name_costs_more_than_another_call(self):
        conv = loop("def f(r):\n    for i in r:\n        str(i)\n", in_function=True)
        other = loop("def f(r):\n    for i in r:\n        abs(i)\n", in_function=True)
        self.assertEqual(conv - other, W["CONVERT"])

    def test_a_membership_test_costs_a_lookup_and_each_comparison_of_a_chain_is_charged(self):
        member = loop("def f(r, d):\n    for i in r:\n        i in d\n", in_function=True)
        less = loop("def f(r, d):\n    for i in r:\n        i < d\n", in_function=True)
        self.assertEqual(member - less, W["CONTAINS"] - W["COMPARE"])
        chain = loop("def f(r, d):\n    for i in r:\n        0 < i < d\n", in_function=True)
        self.assertEqual(chain - less, W["COMPARE"] + W["CONST"])

    def test_a_string_method_that_builds_a_new_object_costs_more_than_another_method(self):
        built = loop("def f(r):\n    for s in r:\n        s.upper()\n", in_function=True)
        other = loop("def f(r):\n    for s in r:\n        s.count()\n", in_function=True)
        self.assertEqual(built - other, W["METHOD_NEW"])
        digest = loop("def f(r, h):\n    for s in r:\n        h.sha256(s)\n", in_function=True)
        plain = loop("def f(r, h):\n    for s in r:\n        h.other(s)\n", in_function=True)
        self.assertEqual(digest - plain, W["HASH_CALL"])

    def test_an_if_costs_its_test_and_the_mean_of_its_branches(self):
        scope = cost.Scope.function(ast.parse("def f(a, b):\n    pass\n").body[0])
        stmt = ast.parse("if a:\n    b = a + 1\nelse:\n    pass\n").body[0]
        body = cost.block(stmt.body, scope)
        orelse = cost.block(stmt.orelse, scope)
        self.assertEqual(cost.statement(stmt, scope),
                         W["STMT"] + W["FAST"] + cost.half(body + orelse))

    def test_a_nested_loop_is_charged_by_its_own_tick_not_the_outer_one(self):
        short = loop("for i in r:\n    for j in r:\n        pass\n")
        long = loop("for i in r:\n    for j in r:\n        a = j * j * j\n")
        self.assertEqual(short, long)

    def test_a_comprehension_item_costs_its_loop_condition_and_element(self):
        plain = ast.parse("[i for i in r]", mode="eval").body
        work = ast.parse("[i * i for i in r if i]", mode="eval").body
        self.assertEqual(cost.comprehension_item(work, 0) - cost.comprehension_item(plain, 0),
                         W["BINOP"] + W["FAST"] + W["FAST"])  # i * i, and the test i
        gen = ast.parse("(i for i in r)", mode="eval").body
        self.assertEqual(cost.comprehension_item(gen, 0) - cost.comprehension_item(plain, 0),
                         W["GEN_ITEM"])


class SizedTest(unittest.TestCase):
    def test_sorting_is_charged_n_log_n(self):
        data = list(range(1024))
        self.assertEqual(sized.call_cost(sorted, (data,), {}, data), sized.COMPARE * 1024 * 10)
        self.assertEqual(sized.call_cost(sorted, ([],), {}, []), 0)

    def test_reducing_a_sized_input_is_charged_per_item_an_iterator_by_its_own_ticks(self):
        data = list(range(1000))
        self.assertEqual(sized.call_cost(sum, (data,), {}, sum(data)), sized.REDUCE * 1000)
        self.assertEqual(sized.call_cost(sum, (iter(data),), {}, 0), 0)
        self.assertEqual(sized.call_cost(max, (3, 4), {}, 4), sized.REDUCE * 2)

    def test_only_the_real_builtins_are_charged(self):
        def sum(items):  # a program's own function named sum: its ticks charge it
            return 0
        self.assertEqual(sized.call_cost(sum, ([1] * 1000,), {}, 0), 0)

    def test_a_lazy_map_costs_more_per_item_than_copying_a_list(self):
        data = list(range(100))
        copied = sized.call_cost(list, (data,), {}, list(data))
        mapped = sized.call_cost(list, (map(str, data),), {}, [str(x) for x in data])
        self.assertEqual(copied, sized.COPY * 100)
        self.assertEqual(mapped, (sized.COPY + sized.LAZY) * 100)

    def test_a_counter_is_charged_per_item_counted_a_mapping_per_key(self):
        from collections import Counter

        text = "abracadabra" * 10
        self.assertEqual(sized.call_cost(Counter, (text,), {}, Counter(text)), sized.HASH * 110)
        copied = Counter({"a": 10**9, "b": 1})
        self.assertEqual(sized.call_cost(Counter, (copied,), {}, Counter(copied)), sized.HASH * 2)

    def test_the_hooks_charge_the_meter_and_return_what_the_call_returns(self):
        charged = []

        class Meter:
            def tick(self, weight):
                charged.append(weight)

        meter = Meter()
        hooks = sized.hooks(meter)
        self.assertEqual(hooks[sized.CALL](sorted, [3, 1, 2]), [1, 2, 3])
        xs = [5, 4]
        self.assertIs(hooks[sized.SORT](xs), xs)
        text = "x" * 100
        self.assertIs(hooks[sized.JOIN](text), text)
        words = ("w " * 100).split()  # a long split: each new string
        self.assertIs(hooks[sized.JOIN](words), words)
        short = "a b".split()  # a short one: the tick's flat weight of the method stands
        self.assertIs(hooks[sized.JOIN](short), short)
        self.assertEqual(charged, [sized.sort_cost(3), sized.sort_cost(2), sized.JOIN_CHAR * 100,
                                   sized.SPLIT_ITEM * 100])


if __name__ == "__main__":
    unittest.main()
