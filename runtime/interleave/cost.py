"""What one pass over a block of learner code costs on the virtual CPU, in nanoseconds.

The rewriter (``rewrite``) opens every loop body and function body with a tick whose weight is
computed here once, from the syntax tree, so a run only adds integers. The weight of a statement
is the sum of calibrated weights of the operations it performs (a name read from a fast local
slot is cheaper than one read from the module's dictionary; a call costs more than an addition),
as CPython 3.11 executes them on the machine the kernels in ``tests/cpu`` were recorded on. The
weights are constants, so the same program gives the same virtual time on every machine.

What a tick does not see: C-level work inside built-ins on large inputs (``sorted``, ``sum``,
``str.join``, ``str.split``, ``Counter``...), which ``sized`` charges by the size of the data, and
code of the standard library, which is never charged (as before). What it guesses from a name: a
method call named like a ``str`` method that builds a new object (``.split()``, ``.upper()``...)
or a ``hashlib`` constructor or digest is charged that work whatever the receiver (the call site
cannot know its type).

Branches: an ``if`` costs its test plus the mean of its two branches (a missing ``else`` is an
empty branch), an expected value, since one tick per loop pass cannot know which branch runs.
Calibrated against ``tests/cpu/cpython.json`` (the test ``tests/cpu/cpu.test.ts`` holds every
kernel within 25 %); change a weight only with that test. ``calibrate.py`` also prints each
kernel's ratio under weights fitted without it: the model on code it was not tuned on.
"""

import ast
from typing import Self

# ----- weights in reference nanoseconds (CPython 3.11; tests/cpu/record.py, calibrate.py) -------

W = {
    # A name in a function's fast locals (LOAD_FAST/STORE_FAST).
    "FAST": 1.2,
    # A global or builtin read from a function (LOAD_GLOBAL, with its inline cache).
    "GLOBAL": 2.8,
    # A name at module or class level: a dictionary lookup or store (LOAD_NAME/STORE_NAME).
    "DICT_NAME": 18.3,
    "CONST": 1.2,
    "BINOP": 18.7,
    "COMPARE": 4.2,
    # ``in`` / ``not in``: hashing the key and probing a dict or set (a list is searched).
    "CONTAINS": 41.7,
    "BOOLOP": 4.7,
    "UNARY": 8.9,
    "ATTR_LOAD": 20.6,
    "ATTR_STORE": 12.2,
    "SUBSCR_LOAD": 0.7,
    "SUBSCR_STORE": 10.5,
    # A call to anything, plus each argument passed; a conversion to a new object by a type
    # called by name (``str(i)``, ``int(s)``...) costs more.
    "CALL": 6.6,
    "CONVERT": 138.5,
    # A method of ``str`` (or ``bytes``) that builds a new string or list of strings
    # (``line.strip()``, ``s.split(";")``, ``name.upper()``...), and one of the C functions of
    # ``math``/``hashlib`` learners call in loops: the work inside the C call, above the call.
    "METHOD_NEW": 53.6,
    "HASH_CALL": 517.6,
    # A binary search or a heap's sift of ``bisect``/``heapq`` (log n comparisons in C).
    "SEARCH_CALL": 611.7,
    "ARG": 1.9,
    # Entering and leaving a Python function's frame (charged by the callee's tick).
    "FRAME": 5.6,
    # An f-string, and each value formatted in it.
    "FSTRING": 24.6,
    "FORMAT": 138.3,
    # A tuple, list, set or dict display, plus each item.
    "DISPLAY": 27.8,
    "ITEM": 7.3,
    # Unpacking a tuple or list into the names of a target (``for i, x in enumerate(xs)``).
    "UNPACK": 10.5,
    "SLICE": 25.7,
    # One pass of a ``for`` loop (FOR_ITER, the jump back) or a ``while`` loop (the jump back).
    "FOR_PASS": 22.9,
    "WHILE_PASS": 2.8,
    # One item of a comprehension (its loop and its append), and the extra of a generator
    # expression (resuming its frame for every item).
    "COMP_ITEM": 37.2,
    # The extra of an item stored into a set or dict comprehension (hashing, growing the table).
    "COMP_HASH": 49.4,
    # A container kept as an item of a comprehension's result (``[(i, str(i)) for ...]``): a
    # tracked object that outlives the young collections of the cyclic garbage collector, which
    # scan it again as the result grows (50,000 pairs: 16.6 ms with the collector, 5.2 without).
    "KEPT": 242.9,
    "GEN_ITEM": 7.7,
    # Making and calling a comprehension's hidden function, or making a function or class.
    "MAKE_FUNCTION": 60.8,
    # A statement that does nothing else (``pass``, ``return``, ``break``...).
    "STMT": 1.2,
}

_LEAF_OPS = {
    ast.BinOp: "BINOP", ast.BoolOp: "BOOLOP", ast.UnaryOp: "UNARY",
    ast.Constant: "CONST", ast.JoinedStr: "FSTRING", ast.FormattedValue: "FORMAT",
    ast.Slice: "SLICE", ast.Await: "CALL", ast.Yield: "GEN_ITEM", ast.YieldFrom: "GEN_ITEM",
}
_CONVERSIONS = frozenset({"str", "int", "float", "repr", "format", "round", "chr", "bytes", "complex"})
#: Methods of str and bytes that make new objects; called on anything else (a method of the
#: program's own class of the same name runs its own ticks) they are charged the same, a guess
#: the call site cannot avoid: it cannot tell the receiver's type.
_BUILDERS = frozenset({
    "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "upper", "lower", "title",
    "capitalize", "casefold", "swapcase", "replace", "encode", "decode", "format", "zfill",
    "center", "ljust", "rjust", "partition", "rpartition", "startswith", "endswith", "removeprefix",
    "removesuffix", "translate", "expandtabs",
})
#: Constructors and digests of ``hashlib`` (a new hash object, or a hex string of the digest).
_HASHING = frozenset({
    "sha256", "sha1", "md5", "sha512", "sha224", "sha384", "blake2b", "blake2s",
    "hexdigest", "digest",
})
#: Functions of ``heapq`` and ``bisect`` that do a binary search or a heap's sift down in C: log n
#: comparisons, charged as a typical list's (a thousand to a million items). ``heappush`` is not
#: among them: its sift up stops after a step or two on average (20 ns on this session's machine against
#: 222 for ``heappop`` and 241 for ``bisect_left``, 40,000 random items).
_SEARCHING = frozenset({
    "heappop", "heapreplace", "heappushpop", "bisect", "bisect_left", "bisect_right",
    "insort", "insort_left", "insort_right",
})
_DISPLAYS = (ast.Tuple, ast.List, ast.Set)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
#: Displays and comprehensions: each makes a container the cyclic garbage collector tracks.
_CONTAINERS = (ast.Tuple, ast.List, ast.Set, ast.Dict, ast.ListComp, ast.SetComp, ast.DictComp)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


class Scope:
    """Which names of a block are fast locals: those a function assigns or takes as parameters,
    unless declared ``global``/``nonlocal``. At module and class level there are none."""

    __slots__ = ("fast",)

    def __init__(self, fast: frozenset[str] | None):
        self.fast = fast

    @classmethod
    def module(cls) -> Self:
        return cls(None)

    @classmethod
    def function(cls, node) -> Self:
        a = node.args
        names = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
        names.update(p.arg for p in (a.vararg, a.kwarg) if p is not None)
        declared = set()
        body = node.body if isinstance(node.body, list) else [node.body]  # a lambda's expression
        for sub in _own_nodes(body):
            if isinstance(sub, (ast.Global, ast.Nonlocal)):
                declared.update(sub.names)
            elif isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
                names.add(sub.id)
            elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(sub.name)
            elif isinstance(sub, ast.alias):
                names.add((sub.asname or sub.name).split(".")[0])
            elif isinstance(sub, ast.ExceptHandler) and sub.name:
                names.add(sub.name)
        return cls(frozenset(names - declared))

    def name(self, node: ast.Name) -> float:
        if self.fast is None:
            return W["DICT_NAME"]
        if node.id in self.fast:
            return W["FAST"]
        return W["GLOBAL"] if isinstance(node.ctx, ast.Load) else W["DICT_NAME"]


def half(cost):
    """The expected cost of one of two branches of equal likelihood."""
    return cost / 2


def nanoseconds(cost) -> int:
    """What a tick charges for ``cost``: whole nanoseconds (the weights have fractions, as some
    operations take less than a nanosecond; ``calibrate.py`` counts them unrounded)."""
    return round(cost)


def _own_nodes(body):
    """Every node of ``body`` that belongs to its scope (not to nested functions or classes)."""
    stack = list(body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, _SCOPES):
            stack.extend(getattr(node, "decorator_list", ()))
            continue
        stack.extend(ast.iter_child_nodes(node))


def expr(node, scope: Scope) -> float:
    """What evaluating ``node`` costs, not counting comprehensions' items (their own ticks)."""
    total = 0
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        kind = type(n)
        if kind is ast.Name:
            total += scope.name(n)
            continue
        if kind is ast.Attribute:
            total += W["ATTR_LOAD"] if isinstance(n.ctx, ast.Load) else W["ATTR_STORE"]
        elif kind is ast.Subscript:
            total += W["SUBSCR_LOAD"] if isinstance(n.ctx, ast.Load) else W["SUBSCR_STORE"]
        elif kind is ast.Compare:
            contains = sum(isinstance(op, (ast.In, ast.NotIn)) for op in n.ops)
            total += W["CONTAINS"] * contains + W["COMPARE"] * (len(n.ops) - contains)
        elif kind is ast.Call:
            total += W["CALL"] + W["ARG"] * (len(n.args) + len(n.keywords))
            func = n.func
            if isinstance(func, ast.Name) and func.id in _CONVERSIONS:
                total += W["CONVERT"]
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name in _SEARCHING:
                total += W["SEARCH_CALL"]
            elif isinstance(func, ast.Attribute):
                if func.attr in _BUILDERS:
                    total += W["METHOD_NEW"]
                elif func.attr in _HASHING:
                    total += W["HASH_CALL"]
        elif kind in _LEAF_OPS:
            total += W[_LEAF_OPS[kind]]
        elif isinstance(n, _DISPLAYS):
            # a display builds a new object; a target unpacks one into names (no object made)
            stored = not isinstance(n, ast.Set) and not isinstance(n.ctx, ast.Load)
            total += W["UNPACK"] if stored else W["DISPLAY"] + W["ITEM"] * len(n.elts)
        elif kind is ast.Dict:
            total += W["DISPLAY"] + W["ITEM"] * len(n.keys)
        elif isinstance(n, _COMPREHENSIONS):
            total += W["MAKE_FUNCTION"] + expr(n.generators[0].iter, scope)
            continue  # the items are charged per item (``comprehension_item``)
        elif kind is ast.Lambda:
            total += W["MAKE_FUNCTION"]
            continue
        elif kind is ast.IfExp:  # the test, and on average half of each branch
            total += W["BOOLOP"] + expr(n.test, scope) + half(expr(n.body, scope) + expr(n.orelse, scope))
            continue
        stack.extend(ast.iter_child_nodes(n))
    return total


def comprehension_item(node, index: int) -> int:
    """What one item of generator ``index`` of a comprehension costs: its loop, its own
    conditions, nested generators' setup, and (for the innermost) the element."""
    scope = Scope(frozenset(_comprehension_names(node)))
    gen = node.generators[index]
    cost = W["COMP_ITEM"] + sum(expr(test, scope) for test in gen.ifs) + expr(gen.target, scope)
    if index + 1 < len(node.generators):
        return nanoseconds(cost + expr(node.generators[index + 1].iter, scope))
    if isinstance(node, ast.DictComp):
        cost += W["COMP_HASH"] + expr(node.key, scope) + expr(node.value, scope)
    elif isinstance(node, ast.SetComp):
        cost += W["COMP_HASH"] + expr(node.elt, scope)
    else:
        cost += expr(node.elt, scope)
    if not isinstance(node, ast.GeneratorExp) and isinstance(
            node.value if isinstance(node, ast.DictComp) else node.elt, _CONTAINERS):
        cost += W["KEPT"]
    if isinstance(node, ast.GeneratorExp):
        cost += W["GEN_ITEM"]
    return nanoseconds(cost)


def _comprehension_names(node):
    for gen in node.generators:
        for sub in ast.walk(gen.target):
            if isinstance(sub, ast.Name):
                yield sub.id


def block(body, scope: Scope) -> int:
    """What one pass over the statements of ``body`` costs, not counting nested loops' passes
    and nested functions' bodies, which are charged by their own ticks."""
    return nanoseconds(_block(body, scope))


def _block(body, scope: Scope) -> float:
    return sum(statement(s, scope) for s in body)


def statement(node, scope: Scope) -> float:
    if isinstance(node, ast.If):
        return W["STMT"] + expr(node.test, scope) + half(_block(node.body, scope) + _block(node.orelse, scope))
    if isinstance(node, (ast.For, ast.AsyncFor)):
        return W["STMT"] + expr(node.iter, scope) + _block(node.orelse, scope)  # the passes: loop_pass
    if isinstance(node, ast.While):
        return W["STMT"] + expr(node.test, scope) + _block(node.orelse, scope)
    if isinstance(node, (ast.With, ast.AsyncWith)):
        items = sum(W["CALL"] * 2 + expr(i.context_expr, scope) for i in node.items)
        return W["STMT"] + items + _block(node.body, scope)
    if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
        return W["STMT"] + _block(node.body, scope) + _block(node.orelse, scope) + _block(node.finalbody, scope)
    if isinstance(node, ast.Match):
        cases = [_block(c.body, scope) for c in node.cases]
        return W["STMT"] + expr(node.subject, scope) + W["COMPARE"] * len(cases) + (max(cases) if cases else 0)
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return W["STMT"] + W["MAKE_FUNCTION"] + sum(expr(d, scope) for d in node.decorator_list)
    if _swap(node):
        # ``a, b = b, a % b``: CPython 3.11 swaps the values on its stack, no tuple is made
        return W["STMT"] + sum(expr(e, scope) for e in node.value.elts + node.targets[0].elts)
    if isinstance(node, ast.AugAssign):
        # the target is read and written: one load more than its store, and the operation
        return W["STMT"] + W["BINOP"] + expr(node.value, scope) + 2 * expr(node.target, scope)
    return W["STMT"] + sum(expr(child, scope) for child in ast.iter_child_nodes(node))


def _swap(node) -> bool:
    """An assignment of a display of two or three values to as many names or items, which the
    compiler turns into stack swaps (neither a tuple nor its unpacking is made)."""
    if not isinstance(node, ast.Assign) or len(node.targets) != 1:
        return False
    target, value = node.targets[0], node.value
    return (isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List))
            and 2 <= len(target.elts) == len(value.elts) <= 3
            and not any(isinstance(e, ast.Starred) for e in target.elts + value.elts))


def lines(body) -> int:
    """How many lines of code one pass over ``body`` runs, for the step limit: each statement,
    the branches of an ``if`` on average (as its cost), a nested loop's or function's own line
    once (their passes and bodies count in their own ticks)."""
    return sum(_statement_lines(s) for s in body)


def _statement_lines(node) -> int:
    if isinstance(node, ast.If):
        return 1 + (lines(node.body) + lines(node.orelse)) // 2
    if isinstance(node, (ast.With, ast.AsyncWith)):
        return 1 + lines(node.body)
    if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
        return 1 + lines(node.body) + lines(node.orelse) + lines(node.finalbody)
    if isinstance(node, ast.Match):
        return 1 + max((lines(c.body) for c in node.cases), default=0)
    return 1


def loop_lines(node) -> int:
    """The lines of one pass of a loop: its own line (CPython's tracer sees it every pass) and
    its body's."""
    return 1 + lines(node.body)


def loop_pass(node, scope: Scope) -> int:
    """What one pass of a loop costs: going round, the target or the test, and its body."""
    if isinstance(node, ast.While):
        return nanoseconds(W["WHILE_PASS"] + expr(node.test, scope) + _block(node.body, scope))
    return nanoseconds(W["FOR_PASS"] + expr(node.target, scope) + _block(node.body, scope))


def function_entry(node) -> tuple[Scope, int]:
    """The scope of a function's body and what one call costs before its first statement."""
    return Scope.function(node), nanoseconds(W["FRAME"])
