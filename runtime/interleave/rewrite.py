"""The learner's program, rewritten so the runtime can meter it and switch threads in it.

Ticks. A tick opens every loop body and function body (and the module):

    __il_meter__.left -= 40.00000011920929     # 40 ns of CPU and 2 lines (``meter.weight``)
    if __il_meter__.left <= 0.0:
        __il_meter__.slow()

where the weight is what one pass costs (``cost``, computed here once from the original
statements) and how many lines it runs; comprehensions iterate through
``__il_iter__(iterable, w)``, ``w`` being the weight of one item. These are where CPython itself
may switch threads (backward jumps and calls), where the meter charges CPU time, fires due
timers and enforces the step limit.
Built-ins that do C-level work on large inputs (``sorted``, ``sum``, ``str.join``...) go through
the hooks of ``sized``, which charge by the size of the data. (The inline countdown costs a
fraction of a call per pass, which cost 2-3x a bare loop in Pyodide, itself less than a
``sys.monitoring`` LINE callback per line, about 5x; switching at the same places CPython does
keeps outputs like CPython's.) Last, in a plain run, each loop of the module's own code moves
into a function (``hoist``), where the names its passes read cost a specialised lookup.

Preemption points inside read-modify-write statements on shared data, when a run explores.

CPython 3.11+ only switches threads at function entries and backward jumps, so a bare
``counter += 1`` in a loop does not lose updates (CPython 3.11 here lost none in 10 runs of 4
threads at 10,000, 100,000 and 1,000,000 increments each), and a plain run keeps the statement
as written: its output is CPython's. Yet it is not atomic: a free-threaded CPython (3.13t, 3.14t)
loses updates, and so does any CPython once a call sits between the read and the write. The
race explorer shows it (``explore``): for its runs such statements become a read and a write
its instrumentation can put points at:

    counter += 1          ->  counter = __il_rmw__(__il_iop__.iadd(counter, 1))
    self.n = self.n + 1   ->  self.n = __il_rmw__(self.n + 1)

Only targets other threads can see are rewritten: globals (module level, or declared ``global``
/ ``nonlocal``), attributes and subscripts whose object and index are plain names, attributes or
constants (so evaluating them twice has no side effect). ``operator.iadd`` and friends keep the
in-place semantics of ``+=`` (a list is still extended in place). Line and column positions are
copied from the original statement, so tracebacks point at the learner's code.
"""

import ast

from . import cost, hoist, meter, sized

RMW = "__il_rmw__"
IOP = "__il_iop__"
METER = "__il_meter__"
ITER = "__il_iter__"

_INPLACE = {
    ast.Add: "iadd", ast.Sub: "isub", ast.Mult: "imul", ast.Div: "itruediv",
    ast.FloorDiv: "ifloordiv", ast.Mod: "imod", ast.Pow: "ipow", ast.LShift: "ilshift",
    ast.RShift: "irshift", ast.BitOr: "ior", ast.BitXor: "ixor", ast.BitAnd: "iand",
    ast.MatMult: "imatmul",
}


def _simple(node) -> bool:
    """An expression that can be evaluated twice without side effects worth the name."""
    if isinstance(node, (ast.Name, ast.Constant)):
        return True
    if isinstance(node, ast.Attribute):
        return _simple(node.value)
    if isinstance(node, ast.Subscript):
        return _simple(node.value) and _simple(node.slice)
    if isinstance(node, ast.Tuple):
        return all(_simple(e) for e in node.elts)
    if isinstance(node, ast.UnaryOp):
        return _simple(node.operand)
    return False


def _root(node):
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _as_load(node):
    """A copy of a target expression usable as a value, each part where the original is.
    (Not through ``ast.unparse``: its module is imported from source on first use, 0.4 s a run.)"""
    if isinstance(node, list):
        return [_as_load(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    copy = type(node)(**{field: _as_load(getattr(node, field)) for field in node._fields
                         if hasattr(node, field)})
    if hasattr(node, "ctx"):
        setattr(copy, "ctx", ast.Load())  # a Name, Attribute or Subscript: read, not stored
    return ast.copy_location(copy, node)


class _Rewriter(ast.NodeTransformer):
    def __init__(self, explore: bool):
        self.explore = explore
        self.scopes: list[set[str] | None] = [None]  # None: module scope; a set: names declared global/nonlocal
        self.costs: list[cost.Scope] = [cost.Scope.module()]  # fast locals, for the ticks' weights

    def _shared(self, target) -> bool:
        if isinstance(target, ast.Name):
            scope = self.scopes[-1]
            return scope is None or target.id in scope
        if isinstance(target, (ast.Attribute, ast.Subscript)):
            return _simple(target)
        return False

    def _enter(self, node):
        declared = set()
        for sub in ast.walk(node):
            if isinstance(sub, (ast.Global, ast.Nonlocal)):
                declared.update(sub.names)
        scope, entry = cost.function_entry(node)
        weight = None if isinstance(node, ast.Lambda) else entry + cost.block(node.body, scope)
        self.scopes.append(declared)
        self.costs.append(scope)
        self.generic_visit(node)
        self.scopes.pop()
        self.costs.pop()
        if weight is not None:
            _tick_body(node.body, tick_statements(weight, cost.lines(node.body), self.explore),
                       docstring=True)
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _enter

    def _loop(self, node):
        weight = cost.loop_pass(node, self.costs[-1])  # before the children are rewritten
        lines = cost.loop_lines(node)
        self.generic_visit(node)
        _tick_body(node.body, tick_statements(weight, lines, self.explore))
        return node

    visit_For = visit_AsyncFor = visit_While = _loop

    def _comprehension(self, node):
        weights = [cost.comprehension_item(node, i) for i in range(len(node.generators))]
        # before the children are rewritten (calls of hooks); not when exploring: its points in
        # the items may switch threads inside a run
        whole = not self.explore and _runs_whole(node)
        self.generic_visit(node)
        last = node.generators[-1]
        for gen, weight in zip(node.generators, weights, strict=True):
            if gen.is_async:
                continue  # an async iterable is awaited between items: the loop runs meanwhile
            args = [gen.iter, weight_node(weight, 1)]
            if whole and gen is last:
                args.append(ast.Constant(value=True))
            gen.iter = self._call(ast.Name(id=ITER, ctx=ast.Load()), args, gen.iter)
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    def visit_ClassDef(self, node):
        self.scopes.append(set())  # names in a class body are class attributes, not shared
        self.costs.append(cost.Scope.module())  # and live in a dictionary
        self.generic_visit(node)
        self.scopes.pop()
        self.costs.pop()
        return node

    def visit_Call(self, node):
        """Route the built-ins that work in proportion to their input through ``sized``."""
        self.generic_visit(node)
        func = node.func
        named = isinstance(func, ast.Name) and func.id in sized.NAMES
        if named or (isinstance(func, ast.Attribute) and func.attr in sized.GROWERS):
            hook = ast.Name(id=sized.CALL, ctx=ast.Load())
            routed = ast.Call(func=hook, args=[func, *node.args], keywords=node.keywords)
            for sub in (routed, hook):
                ast.copy_location(sub, node)
            return routed
        if isinstance(func, ast.Attribute) and func.attr == "sort":
            func.value = self._call(ast.Name(id=sized.SORT, ctx=ast.Load()), [func.value], func.value)
        elif isinstance(func, ast.Attribute) and func.attr in sized.BUILDERS:
            return self._call(ast.Name(id=sized.JOIN, ctx=ast.Load()), [node], node)
        return node

    def _call(self, func, args, where):
        call = ast.Call(func=func, args=args, keywords=[])
        return ast.copy_location(call, where)

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if not self.explore or not self._shared(node.target) or type(node.op) not in _INPLACE:
            return _sized_inplace(node)
        op = ast.Attribute(value=ast.Name(id=IOP, ctx=ast.Load()), attr=_INPLACE[type(node.op)],
                           ctx=ast.Load())
        value = self._call(op, [_as_load(node.target), node.value], node)
        wrapped = self._call(ast.Name(id=RMW, ctx=ast.Load()), [value], node)
        return ast.copy_location(ast.Assign(targets=[node.target], value=wrapped), node)

    def visit_Assign(self, node):
        self.generic_visit(node)
        if not self.explore or len(node.targets) != 1 or not self._shared(node.targets[0]):
            return node
        root = _root(node.targets[0])
        reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        if root is None or root not in reads:
            return node
        node.value = self._call(ast.Name(id=RMW, ctx=ast.Load()), [node.value], node)
        return node


#: What an item of a comprehension may compute and still run no code of the program's (no call,
#: no nested comprehension), so that its ticks may be paid for in runs (``Meter.iter_point``).
_PLAIN_ITEM = (
    ast.Name, ast.Constant, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Tuple,
    ast.List, ast.Set, ast.Dict, ast.Subscript, ast.Slice, ast.Attribute, ast.NamedExpr,
    ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop, ast.comprehension,
)


def _runs_whole(node) -> bool:
    """A list, set or dict comprehension (a generator may be left before its end) whose
    innermost items run no code of the program's: a switch can only come at its own ticks."""
    if isinstance(node, ast.GeneratorExp) or node.generators[-1].is_async:
        return False
    gen = node.generators[-1]
    parts = [gen.target, *gen.ifs, *([node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt])]
    return all(isinstance(sub, _PLAIN_ITEM) for part in parts for sub in ast.walk(part))


def _sized_inplace(node):
    """``seen |= items`` -> ``seen = __il_inplace__("ior", seen, items)``, which charges a set's,
    list's or dict's growth by size (``sized``): for a name's ``|=``, ``&=`` and ``^=``, and its
    ``+=`` and ``-=`` of a display, a comprehension or a slice (not of a number: an ``int``'s
    ``total += x`` in a loop keeps its plain statement)."""
    op = _INPLACE.get(type(node.op))
    if op not in sized.INPLACE_OPS or not isinstance(node.target, ast.Name):
        return node
    value = node.value
    if op in ("iadd", "isub") and not (
            isinstance(value, (ast.List, ast.Set, ast.Tuple, ast.ListComp, ast.SetComp))
            or (isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice))):
        return node
    read = ast.copy_location(ast.Name(id=node.target.id, ctx=ast.Load()), node.target)
    call = ast.Call(func=ast.Name(id=sized.INPLACE, ctx=ast.Load()),
                    args=[ast.Constant(value=op), read, value], keywords=[])
    return ast.copy_location(ast.Assign(targets=[node.target], value=ast.copy_location(call, node)), node)


def weight_node(events: int, lines: int) -> ast.expr:
    """The literal of a tick's weight (``tests/cpu/calibrate.py`` replaces it to count
    operations)."""
    return ast.Constant(value=meter.weight(events, lines))


def _meter_attr(name: str, ctx: ast.expr_context | None = None) -> ast.Attribute:
    """``__il_meter__.<name>``, read unless ``ctx`` says otherwise."""
    return ast.Attribute(value=ast.Name(id=METER, ctx=ast.Load()), attr=name, ctx=ctx or ast.Load())


def tick_statements(events: int, lines: int, explore: bool = False) -> list[ast.stmt]:
    """The tick of a pass costing ``events`` nanoseconds and running ``lines`` lines: the
    meter's countdown, and its slow path once the countdown is spent. When exploring, a call
    of ``Meter.tick`` instead: the explorer's instrumentation would take the inline countdown's
    reads and test for the program's and add scheduling points to them."""
    if explore:
        tick = _meter_attr("tick")
        return [ast.Expr(value=ast.Call(func=tick, args=[weight_node(events, lines)], keywords=[]))]
    count = ast.AugAssign(target=_meter_attr("left", ast.Store()), op=ast.Sub(),
                          value=weight_node(events, lines))
    slow = ast.Call(func=_meter_attr("slow"), args=[], keywords=[])
    spent = ast.Compare(left=_meter_attr("left"), ops=[ast.LtE()], comparators=[ast.Constant(value=0.0)])
    return [count, ast.If(test=spent, body=[ast.Expr(value=slow)], orelse=[])]


def _tick_body(body, tick: list[ast.stmt], docstring=False):
    """Put ``tick`` first in a loop or function body (after a docstring)."""
    if not body:
        return
    at = 1 if (docstring and isinstance(body[0], ast.Expr)
               and isinstance(body[0].value, ast.Constant)
               and isinstance(body[0].value.value, str)) else 0
    while at < len(body) and isinstance(body[at], ast.ImportFrom) and body[at].module == "__future__":
        at += 1
    where = body[min(at, len(body) - 1)]
    for stmt in tick:
        for node in ast.walk(stmt):
            ast.copy_location(node, where)
    body[at:at] = tick


def rewrite(tree: ast.Module, explore: bool = False) -> ast.Module:
    """Insert the ticks and the preemption points; returns the same tree, changed in place.
    ``explore``: for the explorer's instrumentation (ticks as calls, read-modify-write points)."""
    weight = cost.block(tree.body, cost.Scope.module())
    lines = cost.lines(tree.body)
    tree = _Rewriter(explore).visit(tree)
    _tick_body(tree.body, tick_statements(weight, lines, explore), docstring=True)
    if not explore:  # the explorer's instrumentation decides what is shared by scope
        hoist.module_loops(tree.body)
    return ast.fix_missing_locations(tree)
