"""Preemption points inside read-modify-write statements on shared data.

CPython 3.11+ only switches threads at function entries and backward jumps, so a bare
``counter += 1`` in a loop almost never loses an update there, yet it is not atomic: a
free-threaded CPython (3.13t, 3.14t) loses updates, and a call in the expression is enough to
lose them on any CPython. The trainer must show the bug, so such statements get one preemption
point between the read and the write:

    counter += 1          ->  counter = __il_rmw__(__il_iop__.iadd(counter, 1))
    self.n = self.n + 1   ->  self.n = __il_rmw__(self.n + 1)

Only targets other threads can see are rewritten: globals (module level, or declared ``global``
/ ``nonlocal``), attributes and subscripts whose object and index are plain names, attributes or
constants (so evaluating them twice has no side effect). ``operator.iadd`` and friends keep the
in-place semantics of ``+=`` (a list is still extended in place). Line and column positions are
copied from the original statement, so tracebacks point at the learner's code.
"""

import ast

RMW = "__il_rmw__"
IOP = "__il_iop__"

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
    """A copy of a target expression usable as a value."""
    copy = ast.parse(ast.unparse(node), mode="eval").body
    for sub in ast.walk(copy):
        if hasattr(sub, "lineno"):
            ast.copy_location(sub, node)
    return copy


class _Rewriter(ast.NodeTransformer):
    def __init__(self):
        self.scopes = [None]  # None: module scope; a set: names declared global/nonlocal

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
        self.scopes.append(declared)
        self.generic_visit(node)
        self.scopes.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _enter

    def visit_ClassDef(self, node):
        self.scopes.append(set())  # names in a class body are class attributes, not shared
        self.generic_visit(node)
        self.scopes.pop()
        return node

    def _call(self, func, args, where):
        call = ast.Call(func=func, args=args, keywords=[])
        return ast.copy_location(call, where)

    def visit_AugAssign(self, node):
        if not self._shared(node.target) or type(node.op) not in _INPLACE:
            return node
        op = ast.Attribute(value=ast.Name(id=IOP, ctx=ast.Load()), attr=_INPLACE[type(node.op)],
                           ctx=ast.Load())
        value = self._call(op, [_as_load(node.target), node.value], node)
        wrapped = self._call(ast.Name(id=RMW, ctx=ast.Load()), [value], node)
        return ast.copy_location(ast.Assign(targets=[node.target], value=wrapped), node)

    def visit_Assign(self, node):
        if len(node.targets) != 1 or not self._shared(node.targets[0]):
            return node
        root = _root(node.targets[0])
        reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        if root is None or root not in reads:
            return node
        node.value = self._call(ast.Name(id=RMW, ctx=ast.Load()), [node.value], node)
        return node


def rewrite(tree: ast.Module) -> ast.Module:
    """Insert the preemption points; returns the same tree, changed in place."""
    tree = _Rewriter().visit(tree)
    return ast.fix_missing_locations(tree)
