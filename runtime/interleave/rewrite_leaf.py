"""Leaf functions: a function entry whose tick only counts, and need not test the countdown.

Every tick counts (``__il_meter__.left -= w``), and most also test the countdown and take the
slow path when it is spent: that test is where a thread is preempted, a due timer fires and the
step limit stops a run. It is about half a tick's cost, and a small method called in a loop
(``acct.deposit(i)``) pays it on every call although the loop's own tick tested it an instant
before. A function entry may leave the test out, and the loop or caller's next test sees what it
counted (the countdown goes below zero and the slow path charges it all), as long as the code
that runs between two tests stays bounded. It does when the function is a *leaf*:

- its body runs straight through: no loop, comprehension, ``try``, ``with``, ``await``/``yield``,
  import, nested function or class, and no call at all (a call could start any amount of code);
- it is called only by name at call sites (``f(x)``, ``obj.f(x)``), never handed on as a value
  (``map(f, xs)``, ``Thread(target=f)``, ``__add__ = f``, ``property(f)``, a string naming it for
  ``getattr``), is not decorated, and is not a dunder: so no operator, attribute access or
  library calls it implicitly. Dunders and properties keep their test.

Then every call of a leaf comes from a call site in a function, loop or module body that has a
test of its own, and runs a bounded number of lines without calling anything of the program's
that lacks one (what its operators dispatch to is a dunder, which tests): a recursion, however
it goes through leaves, meets a test at every level but the last. What a leaf counts is charged
at the next test, with the lines for the step limit; a run whose last lines were a leaf's
(``f()`` as the program's last statement) is checked against the step limit once more when it
ends (``runner``). A name built at run time (``getattr(o, "dep" + "osit")``) could still install a
leaf as a dunder; such a program only delays its own preemption, and Stop still ends it.
"""

import ast

#: What a leaf's body must not contain (besides calls): each may run unbounded code, switch
#: threads, or catch the ``RecursionError`` that bounds a recursion through leaves.
_NOT_IN_LEAF = (
    ast.Call, ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
    ast.GeneratorExp, ast.Try, ast.With, ast.AsyncWith, ast.Await, ast.Yield, ast.YieldFrom,
    ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda,
    *(getattr(ast, name) for name in ("TryStar",) if hasattr(ast, name)),
)


def escaped_names(tree: ast.AST) -> set[str]:
    """Names the program uses other than to call what they name: a name read as a value, an
    attribute read or written other than as a call's function, any string constant."""
    called = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called.add(id(node.func))
    escaped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and id(node) not in called and not isinstance(node.ctx, ast.Store):
            escaped.add(node.id)
        elif isinstance(node, ast.Attribute) and id(node) not in called:
            escaped.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            escaped.add(node.value)
    return escaped


def is_leaf(node: ast.AST, escaped: set[str]) -> bool:
    """Whether a function's entry tick may leave out the test (see the module's docstring)."""
    if not isinstance(node, ast.FunctionDef) or node.decorator_list:
        return False
    name = node.name
    if (name.startswith("__") and name.endswith("__")) or name in escaped:
        return False
    return not any(isinstance(sub, _NOT_IN_LEAF) for stmt in node.body for sub in ast.walk(stmt))
