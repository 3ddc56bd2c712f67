"""Facts about the shape of a Python program, read from its syntax tree, for code checks.

``analyze({"code": ...})`` returns plain JSON data:

- ``names``: every dotted name the code refers to, resolved through its imports
  (``from asyncio import gather as g`` makes ``g(...)`` the name ``asyncio.gather``), with
  whether it is called, the kind of the innermost enclosing function and whether it sits in a loop;
- ``constructs``: async def, await, with, lambda, global, ... with the same context;
- ``functions``: functions defined at module level;
- ``syntaxError``: where the code fails to parse (then the lists are empty).

The TypeScript checker evaluates the rules (src/checker/code.ts); this module only reports.
Context rules: ``function`` is the innermost enclosing def / async def / lambda ("module" if none;
class bodies are transparent); ``inLoop`` is true inside a for, async for or while body, a while
test, or a comprehension, within that same function. Runs on CPython 3.11+.
"""

import ast

_CONSTRUCTS = {
    ast.AsyncFunctionDef: "async-def",
    ast.FunctionDef: "def",
    ast.Await: "await",
    ast.AsyncWith: "async-with",
    ast.With: "with",
    ast.For: "for",
    ast.AsyncFor: "async-for",
    ast.While: "while",
    ast.ListComp: "comprehension",
    ast.SetComp: "comprehension",
    ast.DictComp: "comprehension",
    ast.GeneratorExp: "comprehension",
    ast.Lambda: "lambda",
    ast.Global: "global",
    ast.Nonlocal: "nonlocal",
    ast.ClassDef: "class",
    ast.Try: "try",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
}
if hasattr(ast, "TryStar"):
    _CONSTRUCTS[ast.TryStar] = "try"


def _import_aliases(tree):
    """Local name -> dotted name it stands for, from every import in the module."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    aliases[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name != "*":
                    aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


def _chain(node):
    """``a.b.c`` -> ["a", "b", "c"] when the chain starts at a plain name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, aliases):
        self.aliases = aliases
        self.names = []
        self.constructs = []
        self.function = "module"
        self.in_loop = False
        self.calls = set()  # id() of nodes that are the callee of a Call

    def _context(self, node):
        return {
            "line": getattr(node, "lineno", None),
            "col": getattr(node, "col_offset", None),
            "function": self.function,
            "inLoop": self.in_loop,
        }

    def _in(self, function, in_loop, nodes):
        saved = self.function, self.in_loop
        self.function, self.in_loop = function, in_loop
        for child in nodes:
            if child is not None:
                self.visit(child)
        self.function, self.in_loop = saved

    def visit(self, node):
        kind = _CONSTRUCTS.get(type(node))
        if kind is not None:
            self.constructs.append({"construct": kind, **self._context(node)})
        return super().visit(node)

    # Functions: decorators, defaults and annotations belong to the enclosing scope.
    def _function(self, node, kind):
        args = node.args
        outer = [*getattr(node, "decorator_list", []), *args.defaults, *[d for d in args.kw_defaults if d is not None]]
        for child in outer:
            self.visit(child)
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is not None and arg.annotation is not None:
                self.visit(arg.annotation)
        if getattr(node, "returns", None) is not None:
            self.visit(node.returns)
        body = node.body if isinstance(node.body, list) else [node.body]
        self._in(kind, False, body)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async-def")

    def visit_Lambda(self, node):
        self._function(node, "def")

    # Loops: what runs once (a for's iterable, else-blocks) stays outside the loop.
    def _for(self, node):
        self.visit(node.target)
        self.visit(node.iter)
        self._in(self.function, True, node.body)
        for child in node.orelse:
            self.visit(child)

    visit_For = _for
    visit_AsyncFor = _for

    def visit_While(self, node):
        self._in(self.function, True, [node.test, *node.body])
        for child in node.orelse:
            self.visit(child)

    def _comprehension(self, node):
        first, *rest = node.generators
        self.visit(first.iter)
        inner = [first.target, *first.ifs]
        for gen in rest:
            inner += [gen.target, gen.iter, *gen.ifs]
        inner += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        self._in(self.function, True, inner)

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_DictComp = _comprehension
    visit_GeneratorExp = _comprehension

    def visit_Call(self, node):
        self.calls.add(id(node.func))
        self.generic_visit(node)

    def _name(self, node):
        parts = _chain(node)
        if parts is None:
            self.generic_visit(node)
            return
        if not isinstance(node.ctx, ast.Load):
            return  # assigned, not used
        base = self.aliases.get(parts[0], parts[0])
        dotted = ".".join([base, *parts[1:]])
        self.names.append({"name": dotted, "call": id(node) in self.calls, **self._context(node)})

    def visit_Attribute(self, node):
        self._name(node)

    def visit_Name(self, node):
        self._name(node)


def analyze(payload):
    """Facts about ``payload["code"]``; see the module docstring for the shape."""
    code = payload["code"] if isinstance(payload, dict) else str(payload)
    try:
        tree = ast.parse(code, filename=payload.get("filename", "main.py") if isinstance(payload, dict) else "main.py")
    except SyntaxError as error:
        return {
            "names": [],
            "constructs": [],
            "functions": [],
            "syntaxError": {"message": error.msg, "line": error.lineno, "col": error.offset},
        }
    collector = _Collector(_import_aliases(tree))
    collector.visit(tree)
    functions = [
        {"name": node.name, "async": isinstance(node, ast.AsyncFunctionDef), "line": node.lineno}
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    return {"names": collector.names, "constructs": collector.constructs, "functions": functions, "syntaxError": None}
