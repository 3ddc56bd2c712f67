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
    def assertCharged(self, got, expected):
        """Ticks charge whole nanoseconds: each of two weights compared is rounded once."""
        self.assertAlmostEqual(got, expected, delta=1)

    def test_names_in_a_function_are_cheaper_than_module_globals(self):
        module = loop("for i in r:\n    t += i * i\n")
        function = loop("def f(r, t):\n    for i in r:\n        t += i * i\n", in_function=True)
        self.assertGreater(module, function)
        self.assertCharged(module - function, 5 * (W["DICT_NAME"] - W["FAST"]))  # i stored, read twice; t twice

    def test_a_function_reading_a_global_pays_the_global_lookup(self):
        local = loop("def f(n, k):\n    for i in n:\n        k(i)\n", in_function=True)
        glob = loop("def f(n):\n    for i in n:\n        k(i)\n", in_function=True)
        self.assertCharged(glob - local, W["GLOBAL"] - W["FAST"])

    def test_a_statement_costs_the_sum_of_its_operations(self):
        one = loop("def f(r, a):\n    for i in r:\n        a = i + 1\n", in_function=True)
        two = loop("def f(r, a):\n    for i in r:\n        a = i + 1 + 1\n", in_function=True)
        self.assertCharged(two - one, W["BINOP"] + W["CONST"])

    def test_a_conversion_by_name_costs_more_than_another_call(self):
        conv = loop("def f(r):\n    for i in r:\n        str(i)\n", in_function=True)
        other = loop("def f(r):\n    for i in r:\n        abs(i)\n", in_function=True)
        self.assertCharged(conv - other, W["CONVERT"])

    def test_a_membership_test_costs_a_lookup_and_each_comparison_of_a_chain_is_charged(self):
        member = loop("def f(r, d):\n    for i in r:\n        i in d\n", in_function=True)
        less = loop("def f(r, d):\n    for i in r:\n        i < d\n", in_function=True)
        self.assertCharged(member - less, W["CONTAINS"] - W["COMPARE"])
        chain = loop("def f(r, d):\n    for i in r:\n        0 < i < d\n", in_function=True)
        self.assertCharged(chain - less, W["COMPARE"] + W["CONST"])

    def test_a_string_method_that_builds_a_new_object_costs_more_than_another_method(self):
        built = loop("def f(r):\n    for s in r:\n        s.upper()\n", in_function=True)
        other = loop("def f(r):\n    for s in r:\n        s.count()\n", in_function=True)
        self.assertCharged(built - other, W["METHOD_NEW"])
        digest = loop("def f(r, h):\n    for s in r:\n        h.sha256(s)\n", in_function=True)
        plain = loop("def f(r, h):\n    for s in r:\n        h.other(s)\n", in_function=True)
        self.assertCharged(digest - plain, W["HASH_CALL"])

    def test_an_if_costs_its_test_and_the_mean_of_its_branches(self):
        scope = cost.Scope.function(ast.parse("def f(a, b):\n    pass\n").body[0])
        stmt = ast.parse("if a:\n    b = a + 1\nelse:\n    pass\n").body[0]
        body = cost.block(stmt.body, scope)
        orelse = cost.block(stmt.orelse, scope)
        self.assertCharged(cost.statement(stmt, scope),
                           W["STMT"] + W["FAST"] + cost.half(body + orelse))

    def test_a_heap_or_bisect_function_costs_its_search(self):
        search = loop("def f(r, h):\n    for i in r:\n        heapq.heappop(h, i)\n", in_function=True)
        other = loop("def f(r, h):\n    for i in r:\n        heapq.other(h, i)\n", in_function=True)
        self.assertCharged(search - other, W["SEARCH_CALL"])
        push = loop("def f(r, h):\n    for i in r:\n        heapq.heappush(h, i)\n", in_function=True)
        self.assertEqual(push, other)  # a sift up: a step or two

    def test_unpacking_makes_no_tuple_and_a_swap_neither(self):
        unpack = loop("def f(r):\n    for i, x in r:\n        pass\n", in_function=True)
        single = loop("def f(r):\n    for i in r:\n        pass\n", in_function=True)
        self.assertCharged(unpack - single, W["UNPACK"] + W["FAST"])
        swap = loop("def f(r, a, b):\n    for i in r:\n        a, b = b, a\n", in_function=True)
        self.assertCharged(swap - single, W["STMT"] + 4 * W["FAST"])

    def test_a_container_kept_by_a_comprehension_costs_its_collection(self):
        pairs = ast.parse("[(i, i) for i in r]", mode="eval").body
        sums = ast.parse("[i + i for i in r]", mode="eval").body
        kept = cost.comprehension_item(pairs, 0) - cost.comprehension_item(sums, 0)
        self.assertCharged(kept, W["DISPLAY"] + 2 * W["ITEM"] + W["KEPT"] - W["BINOP"])

    def test_a_nested_loop_is_charged_by_its_own_tick_not_the_outer_one(self):
        short = loop("for i in r:\n    for j in r:\n        pass\n")
        long = loop("for i in r:\n    for j in r:\n        a = j * j * j\n")
        self.assertEqual(short, long)

    def test_a_comprehension_item_costs_its_loop_condition_and_element(self):
        plain = ast.parse("[i for i in r]", mode="eval").body
        work = ast.parse("[i * i for i in r if i]", mode="eval").body
        self.assertCharged(cost.comprehension_item(work, 0) - cost.comprehension_item(plain, 0),
                         W["BINOP"] + W["FAST"] + W["FAST"])  # i * i, and the test i
        gen = ast.parse("(i for i in r)", mode="eval").body
        self.assertCharged(cost.comprehension_item(gen, 0) - cost.comprehension_item(plain, 0),
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
        self.assertEqual(sized.call_cost(Counter, (text,), {}, Counter(text)), sized.COUNT * 110)
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
        self.assertEqual(charged, [sized.sort_cost(3, int), sized.sort_cost(2, int), sized.JOIN_CHAR * 100,
                                   sized.SPLIT_ITEM * 100])

    def test_tuples_compared_by_a_sort_cost_more_also_as_keys(self):
        charged = []
        hooks = sized.hooks(type("Meter", (), {"tick": lambda self, w: charged.append(w)})())
        pairs = [(i % 7, i) for i in range(100)]
        hooks[sized.CALL](sorted, pairs)
        hooks[sized.CALL](sorted, pairs, key=lambda p: p[1])
        hooks[sized.CALL](sorted, pairs, key=lambda p: (p[1], p[0]))
        plain, tupled = sized.sort_cost(100, int), sized.sort_cost(100, tuple)
        self.assertGreater(tupled, plain)
        self.assertEqual(charged, [tupled, plain + sized.KEY * 100, tupled + sized.KEY * 100])

    def test_growing_a_container_by_an_iterable_is_charged_per_item(self):
        charged = []
        hooks = sized.hooks(type("Meter", (), {"tick": lambda self, w: charged.append(w)})())
        seen, out, table = {0, 1}, [], {}
        hooks[sized.CALL](seen.update, range(10))  # 8 new, 2 found
        hooks[sized.CALL](out.extend, [1, 2, 3])
        hooks[sized.CALL](table.update, {1: 2})
        self.assertEqual(seen, set(range(10)))
        self.assertEqual((out, table), ([1, 2, 3], {1: 2}))
        self.assertEqual(charged, [sized.RANGE_ITEM * 10 + sized.HASH * 8 + sized.PROBE * 2,
                                   sized.COPY * 3, sized.HASH])

        class Bag:  # a program's own ``update``: its ticks charge it
            def update(self, items):
                return len(items)
        charged.clear()
        self.assertEqual(hooks[sized.CALL](Bag().update, [1] * 100), 100)
        self.assertEqual(charged, [])

    def test_an_in_place_operator_on_a_container_is_charged_as_its_method(self):
        charged = []
        hooks = sized.hooks(type("Meter", (), {"tick": lambda self, w: charged.append(w)})())
        s = {1}
        self.assertIs(hooks[sized.INPLACE]("ior", s, {1, 2, 3}), s)
        xs = [0]
        self.assertIs(hooks[sized.INPLACE]("iadd", xs, [1, 2]), xs)
        self.assertEqual(hooks[sized.INPLACE]("ior", 4, 1), 5)
        self.assertEqual(hooks[sized.INPLACE]("iadd", (1,), (2,)), (1, 2))
        self.assertEqual((s, xs), ({1, 2, 3}, [0, 1, 2]))
        self.assertEqual(charged, [sized.HASH * 2 + sized.PROBE, sized.COPY * 2])


if __name__ == "__main__":
    unittest.main()
