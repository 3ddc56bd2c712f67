"""Scheduling points at every access to shared data in learner code (exploration mode only).

Applied after ``rewrite.rewrite`` when a run explores schedules (see ``explore``). A plain run
never sees this: it switches threads only where CPython does, so its output stays CPython's.

What becomes a point, and why:

- reads and writes of *mutable* globals and closure variables: a name declared ``global`` or
  ``nonlocal`` anywhere, or bound more than once at module level. A name bound once (a function,
  a class, an imported module, a lock made at start-up) is never a race by itself, so reading it
  is no point: fewer points, fewer schedules wasted on harmless switches;
- reads of attributes and subscripts (``self.n``, ``cache[key]``) and single-target writes to
  them (``self.n = v``, ``cache[key] = v``) whose object and index are side-effect free;
- just before a ``with`` takes its context manager (a lock) and just after a method call
  (``lock.acquire()``, ``q.get()``, ``results.append(x)``), where CPython may switch too.

A read becomes ``__il_r__(value, site)`` (the switch can come right after the value is taken,
which is exactly what makes a read stale), a write ``target = __il_w__(value, site)`` (the
switch comes after the new value is computed, before it is stored). The operation itself runs
whole, in the learner's frame or in one C call, so what CPython makes atomic stays atomic:
``list.append``, ``dict[k] = v``, ``next(itertools.count())``, ``queue.Queue`` methods (the
standard library is not instrumented).

``site`` indexes the run's site table (``Explorer.sites``): one (line, kind, source text, inside
an if/while test) per instrumented place, kind "read", "write", "test", "enter" or "call"; it
explains a failing schedule in the learner's terms ("Thread-1 read ``counter`` (41) at line 9").
"""

import ast
import copy

READ = "__il_r__"  # (value, site) -> value
WRITE = "__il_w__"  # (value, site) -> value, the value about to be stored
READ_ATTR = "__il_ra__"  # (obj, name, site) -> getattr(obj, name)
WRITE_ATTR = "__il_wa__"  # (value, obj, name, site) -> value
READ_ITEM = "__il_rs__"  # (obj, key, site) -> obj[key]
WRITE_ITEM = "__il_ws__"  # (value, obj, key, site) -> value
TEST = "__il_t__"  # (value, site) -> bool(value): an if/while test, decided
CONTAINS = "__il_in__"  # (key, container, site) -> key in container
POINT = "__il_p__"  # (value, site) -> value: a point with no data access (a method call)
ENTER = "__il_e__"  # (value, site) -> value: a point before a ``with`` enters ``value`` (a lock)

_TEXT_MAX = 40


def _simple(node) -> bool:
    if isinstance(node, (ast.Name, ast.Constant)):
        return True
    if isinstance(node, ast.Attribute):
        return _simple(node.value)
    if isinstance(node, ast.Subscript):
        return not isinstance(node.slice, ast.Slice) and _simple(node.value) and _simple(node.slice)
    if isinstance(node, ast.UnaryOp):
        return _simple(node.operand)
    return False


def _mutable_names(tree) -> set:
    """Globals and closure variables another thread may rebind while this one uses them."""
    names = set()
    module_binds = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)

    def count(target, weight):
        for sub in ast.walk(target):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                module_binds[sub.id] = module_binds.get(sub.id, 0) + weight

    def walk_module(body, weight):
        for stmt in body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                module_binds[stmt.name] = module_binds.get(stmt.name, 0) + weight
                continue
            if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
                if not isinstance(stmt, ast.While):
                    count(stmt.target, 2)
                walk_module(stmt.body + stmt.orelse, 2)
                continue
            if isinstance(stmt, (ast.If, ast.With, ast.AsyncWith, ast.Try)):
                for t in getattr(stmt, "items", []):
                    if t.optional_vars is not None:
                        count(t.optional_vars, weight)
                walk_module(stmt.body + getattr(stmt, "orelse", [])
                            + getattr(stmt, "finalbody", []), weight)
                for h in getattr(stmt, "handlers", []):
                    walk_module(h.body, weight)
                continue
            if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                for t in targets:
                    count(t, 2 if isinstance(stmt, ast.AugAssign) else weight)

    walk_module(tree.body, 1)
    names.update(n for n, c in module_binds.items() if c > 1)
    return names


def _text(node, source) -> str:
    """The learner's own text of ``node``, shortened: from the source where the node has its
    position (``ast.unparse`` imports its module from source on first use, a large part of a
    run in WebAssembly, and would show the runtime's rewriting), else unparsed."""
    text = ast.get_source_segment(source, node) if source is not None else None
    if text is None or "__il_" in text:
        text = ast.unparse(node)
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_MAX else text[: _TEXT_MAX - 1] + "…"


class _Instrument(ast.NodeTransformer):
    def __init__(self, mutable, sites, source):
        self.mutable = mutable
        self.sites = sites
        self.source = source
        self.in_test = 0
        self.callee = set()  # ids of Attribute nodes in call position (method lookups)
        self.targets = set()  # ids of store targets we handle ourselves

    def _text(self, node):
        return _text(node, self.source)

    def _site(self, node, kind, text):
        self.sites.append((getattr(node, "lineno", None), kind, text, self.in_test > 0))
        return ast.Constant(value=len(self.sites) - 1)

    def _call(self, name, args, where):
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=args, keywords=[])
        return ast.copy_location(call, where)

    # ----- reads -------------------------------------------------------------------------------

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and node.id in self.mutable:
            return self._call(READ, [node, self._site(node, "read", node.id)], node)
        return node

    def visit_Attribute(self, node):
        is_callee = id(node) in self.callee
        self.generic_visit(node)
        if (not isinstance(node.ctx, ast.Load) or is_callee
                or (node.attr.startswith("__") and not node.attr.endswith("__"))):
            return node
        site = self._site(node, "read", self._text(node))
        return self._call(READ_ATTR, [node.value, ast.Constant(value=node.attr), site], node)

    def visit_Subscript(self, node):
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load) or isinstance(node.slice, ast.Slice):
            return node
        site = self._site(node, "read", self._text(node))
        return self._call(READ_ITEM, [node.value, node.slice, site], node)

    def _test(self, node):
        # The test's truth is taken, then the point: `while items: items.pop()` checks a shared
        # list's state and acts on it later, and another thread may empty it in between.
        self.in_test += 1
        test = self.visit(node.test)
        self.in_test -= 1
        site = self._site(node.test, "test", self._text(node.test))
        node.test = self._call(TEST, [test, site], node.test)
        node.body = [self.visit(s) for s in node.body]
        node.orelse = [self.visit(s) for s in node.orelse]
        return node

    visit_If = visit_While = _test

    def visit_Compare(self, node):
        self.generic_visit(node)
        if (len(node.ops) != 1 or not isinstance(node.ops[0], (ast.In, ast.NotIn))
                or isinstance(node.comparators[0], (ast.List, ast.Tuple, ast.Set, ast.Constant))):
            return node
        site = self._site(node, "read", self._text(node.comparators[0]) + "[" + self._text(node.left) + "]")
        test = self._call(CONTAINS, [node.left, node.comparators[0], site], node)
        if isinstance(node.ops[0], ast.NotIn):
            test = ast.copy_location(ast.UnaryOp(op=ast.Not(), operand=test), node)
        return test

    # ----- calls and with ----------------------------------------------------------------------

    def visit_Call(self, node):
        method = isinstance(node.func, ast.Attribute) and not (
            isinstance(node.func.value, ast.Name) and node.func.value.id.startswith("__il_"))
        if isinstance(node.func, ast.Attribute):
            self.callee.add(id(node.func))
        self.generic_visit(node)
        if not method:
            return node
        return self._call(POINT, [node, self._site(node, "call", self._text(node.func))], node)

    def _with(self, node):
        self.generic_visit(node)
        for item in node.items:
            site = self._site(item.context_expr, "enter", self._text(item.context_expr))
            item.context_expr = self._call(ENTER, [item.context_expr, site], item.context_expr)
        return node

    visit_With = visit_AsyncWith = _with

    # ----- writes ------------------------------------------------------------------------------

    def visit_Assign(self, node):
        target = node.targets[0] if len(node.targets) == 1 else None
        if isinstance(target, (ast.Attribute, ast.Subscript)) and _simple(target):
            # Visit the value only: the target's own sub-expressions stay plain loads.
            node.value = self.visit(node.value)
            value_args = [node.value]
            if isinstance(target, ast.Attribute):
                site = self._site(target, "write", self._text(target))
                args = value_args + [target.value, ast.Constant(value=target.attr), site]
                node.value = self._call(WRITE_ATTR, args, node)
            else:
                site = self._site(target, "write", self._text(target))
                args = value_args + [target.value, target.slice, site]
                node.value = self._call(WRITE_ITEM, args, node)
            # The target's object and key are copies evaluated again for the store.
            store = copy.deepcopy(target)
            store.ctx = ast.Store()
            node.targets = [store]
            for sub in ast.walk(node.targets[0]):
                ast.copy_location(sub, target)
            return node
        self.generic_visit(node)
        if isinstance(target, ast.Name) and target.id in self.mutable:
            site = self._site(target, "write", target.id)
            node.value = self._call(WRITE, [node.value, site], node)
        return node


def instrument(tree: ast.Module, sites: list, source: str | None = None) -> ast.Module:
    """Add the scheduling points to an already rewritten module (changed in place and returned);
    each instrumented place is appended to ``sites``, named by its text in ``source``."""
    tree = _Instrument(_mutable_names(tree), sites, source).visit(tree)
    return ast.fix_missing_locations(tree)
