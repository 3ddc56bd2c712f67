"""Module-level loops, run in a function of their own: the same program, at a function's speed.

At module level every name is a dictionary lookup (``LOAD_NAME``, which CPython 3.14 does not
specialise), the tick's reads of ``__il_meter__`` included: a loop pass of ``total += i * i``
with its tick costs 2.5x the bare pass there, against 1.2x in a function, where the same reads
are ``LOAD_GLOBAL`` with an inline cache. So the rewriter (``rewrite``, plain runs) moves each
outermost loop of the module's code (also inside a module-level ``if``/``try``/``with``/
``match``) into a function that declares every name the loop binds ``global``:

    for i in range(n):            def <module>():
        total += i * i      ->        global i, total
                                      for i in range(n):
                                          total += i * i
                                  try:
                                      <module>()
                                  finally:
                                      del <module>

The names it reads and binds are the module's, as before; the function is named ``<module>``,
so a traceback from inside the loop reads as CPython's, once the module's frame at the call is
dropped from it (``HoistedFrames``: the runtime's error report and the program's own
``traceback.print_exc()`` alike). The virtual time is unchanged: the weights were computed from the
module's code before the move. A loop is left where it is when the move could show: a nested
function, class, lambda or generator expression (their ``__qualname__`` would name the
function), ``locals()``/``vars()``/``dir()``/``globals()``/``exec``/``eval``/``super`` (they see
the function's scope, or its name), ``global``/``nonlocal``, an annotated assignment, ``return``/``yield``/
``await`` (errors at module level), ``from m import *``, a ``type`` statement.
"""

import ast
import inspect
import traceback
import types

from .patches import Patch

#: The hoisting function's name: what a traceback shows for its frame, as for module code.
NAME = "<module>"

_SCOPE_CHANGING = (
    ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.GeneratorExp, ast.Global,
    ast.Nonlocal, ast.AnnAssign, ast.Return, ast.Yield, ast.YieldFrom, ast.Await, ast.AsyncFor,
    ast.AsyncWith, *(getattr(ast, name) for name in ("TypeAlias",) if hasattr(ast, name)),
)
#: Built-ins whose result depends on the scope they are called in (``globals()``: it would list
#: the hoisting function's name while the loop runs).
_SCOPE_READERS = frozenset({"locals", "vars", "dir", "exec", "eval", "super", "__class__",
                            "globals"})


def module_loops(body: list[ast.stmt]) -> None:
    """Hoist every outermost loop of module-level ``body`` that may move (in place)."""
    for at in range(len(body) - 1, -1, -1):
        stmt = body[at]
        if isinstance(stmt, (ast.For, ast.While)):
            if _movable(stmt):
                body[at:at + 1] = _hoisted(stmt)
            continue
        for block in _blocks(stmt):
            module_loops(block)


def _blocks(stmt):
    """The statement lists of module-level code inside ``stmt`` (not of functions or classes)."""
    if isinstance(stmt, ast.If):
        return [stmt.body, stmt.orelse]
    if isinstance(stmt, ast.With):
        return [stmt.body]
    if isinstance(stmt, ast.Try) or type(stmt).__name__ == "TryStar":
        return [stmt.body, *(h.body for h in stmt.handlers), stmt.orelse, stmt.finalbody]
    if isinstance(stmt, ast.Match):
        return [case.body for case in stmt.cases]
    return []


def _movable(loop) -> bool:
    for node in ast.walk(loop):
        if isinstance(node, _SCOPE_CHANGING):
            return False
        if isinstance(node, ast.Name) and node.id in _SCOPE_READERS:
            return False
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            return False
        if isinstance(node, ast.comprehension) and node.is_async:
            return False
    return True


def _bound(loop) -> list[str]:
    """Every name the loop binds or deletes, in order of first appearance."""
    names: dict[str, None] = {}
    for node in ast.walk(loop):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names[node.id] = None
        elif isinstance(node, ast.alias):
            names[(node.asname or node.name).split(".")[0]] = None
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names[node.name] = None
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            names[node.name] = None
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names[node.rest] = None
    return list(names)


def _hoisted(loop) -> list[ast.stmt]:
    bound = _bound(loop)
    declare: list[ast.stmt] = [ast.Global(names=bound)] if bound else []
    no_args = ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])
    function = ast.FunctionDef(name=NAME, args=no_args, body=[*declare, loop], decorator_list=[],
                               returns=None)
    call = ast.Call(func=ast.Name(id=NAME, ctx=ast.Load()), args=[], keywords=[])
    drop = ast.Name(id=NAME, ctx=ast.Del())
    run = ast.Try(body=[ast.Expr(value=call)], handlers=[], orelse=[],
                  finalbody=[ast.Delete(targets=[drop])])
    for node in (function, *declare, call, call.func, run, run.body[0], drop, run.finalbody[0]):
        ast.copy_location(node, loop)
    return [function, run]


def _hoisted_frame(frame) -> bool:
    code = frame.f_code
    return code.co_name == NAME and bool(code.co_flags & inspect.CO_NEWLOCALS)


def _skipping_callers(walk):
    """``walk`` (of ``traceback``) without the entry of a frame at the call of a hoisted loop."""

    def walk_program(tb, *args, **kwargs):
        return walk(_without_callers(tb), *args, **kwargs)

    return walk_program


def _without_callers(tb):
    """``tb``, or a copy of it without the entries followed by a hoisted loop's frame."""
    kept, dropped, entry = [], False, tb
    while entry is not None:
        if entry.tb_next is not None and _hoisted_frame(entry.tb_next.tb_frame):
            dropped = True
        else:
            kept.append(entry)
        entry = entry.tb_next
    if not dropped:
        return tb
    copy = None
    for entry in reversed(kept):
        copy = types.TracebackType(copy, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return copy


class HoistedFrames(Patch):
    """Tracebacks read through ``traceback`` show a hoisted loop as CPython shows the module's
    code: one frame, not the module's at the call and the loop's function after it."""

    name = "tracebacks of hoisted loops"
    requires = ("traceback.walk_tb", "traceback._walk_tb_with_full_positions")

    def apply(self, ctx):
        for name in ("walk_tb", "_walk_tb_with_full_positions"):
            self.replace(traceback, name, _skipping_callers(getattr(traceback, name)))
