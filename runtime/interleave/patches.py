"""Patches of the standard library as reversible units, and the start-up check of their names.

Every change the runtime makes to the interpreter for a run (the ``time`` functions, the
``_thread`` module, asyncio's private task hooks, ...) is a ``Patch``: ``apply(ctx)`` makes it,
``undo()`` puts back exactly what was there. Each unit lists in ``requires`` the names it relies
on, private ones above all (``asyncio.base_events.BaseEventLoop._call_soon``). ``check`` resolves all of them
when the engine starts, so that a Pyodide upgrade that renames one fails loudly at start-up,
naming what is missing, instead of in the middle of a learner's run.

A requirement is a dotted name (``module.attr.attr``), resolved by importing the longest module
prefix; ``"module.Class.method:name"`` means that the method's code uses ``name`` (an instance
attribute the runtime reads, such as ``Task._fut_waiter``, set in ``__init__``).
"""

import importlib
import sys
import types

_MISSING = object()


class Patch:
    """One reversible change to the interpreter."""

    #: What the unit does, for messages.
    name = "patch"
    #: The names this unit relies on (see the module docstring).
    requires: tuple = ()

    def __init__(self):
        self._undo = []

    def apply(self, ctx) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        """Put back what ``apply`` changed, last change first."""
        while self._undo:
            self._undo.pop()()

    # ----- helpers for apply ------------------------------------------------------------------

    def later(self, fn) -> None:
        """Run ``fn()`` on undo."""
        self._undo.append(fn)

    def replace(self, obj, attr, value) -> None:
        """Set ``obj.attr`` for the run; undo restores (or deletes) it."""
        old = getattr(obj, attr, _MISSING)
        setattr(obj, attr, value)
        self.later(lambda: delattr(obj, attr) if old is _MISSING else setattr(obj, attr, old))

    def replace_item(self, mapping, key, value) -> None:
        """Set ``mapping[key]`` for the run (``value`` _MISSING: remove it); undo restores it."""
        old = mapping.get(key, _MISSING)
        if value is _MISSING:
            mapping.pop(key, None)
        else:
            mapping[key] = value

        def restore():
            if old is _MISSING:
                mapping.pop(key, None)
            else:
                mapping[key] = old

        self.later(restore)


REMOVE = _MISSING


class Applied:
    """The units applied for a run, undone in reverse order whatever happens."""

    def __init__(self):
        self.units = []

    def apply(self, unit, ctx):
        self.units.append(unit)  # first, so that a unit that fails half-way is undone too
        unit.apply(ctx)
        return unit

    def undo_all(self):
        first = None
        while self.units:
            unit = self.units.pop()
            try:
                unit.undo()
            except BaseException as exc:  # undo the rest, then report the first failure
                first = first or exc
        if first is not None:
            raise first


def _resolve(dotted):
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        name = ".".join(parts[:i])
        module = sys.modules.get(name)
        if module is None:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
        obj = module
        for attr in parts[i:]:
            obj = getattr(obj, attr, _MISSING)
            if obj is _MISSING:
                return _MISSING
        return obj
    return _MISSING


def _code_names(code):
    names = set(code.co_names)
    for const in code.co_consts:
        if hasattr(const, "co_names"):
            names |= _code_names(const)
    return names


def exists(requirement: str) -> bool:
    path, _, used = requirement.partition(":")
    obj = _resolve(path)
    if obj is _MISSING:
        return False
    if not used:
        return True
    code = getattr(obj, "__code__", None)
    return code is not None and used in _code_names(code)


def missing(units) -> list:
    """``"name (unit)"`` for every required name that does not exist here."""
    return [f"{req} ({unit.name})" for unit in units for req in unit.requires if not exists(req)]


def check(units) -> None:
    """Raise RuntimeError naming every missing name; called once when the engine starts."""
    absent = missing(units)
    if absent:
        version = "%d.%d.%d" % sys.version_info[:3]
        raise RuntimeError(
            f"Interleave cannot start on Python {version}: the standard library lacks "
            f"{len(absent)} name(s) the runtime patches or reads: " + ", ".join(absent))


class builtin(staticmethod):
    """A Python stand-in for a C built-in function, which must not bind as a method: CPython's
    ``class T: clock = time.perf_counter`` then ``T().clock()`` calls it with no ``self``
    (a plain function would get one, and fail). Callable as it is (``staticmethod`` is, since
    3.10), shown as CPython shows a built-in (its type named ``builtin_function_or_method``,
    ``isinstance(f, types.BuiltinFunctionType)``, its own name and the documentation of the
    function it replaces), and pickled by its place (``module.name``), as a built-in is, so it
    can be a process's target and ``pickle.dumps(time.sleep)`` works in the learner's program."""

    def __init__(self, fn, module, name):
        super().__init__(fn)
        # staticmethod copied the stand-in's own names (``perf_counter`` is ``monotonic``) and
        # docstring: the function it replaces, if any, documents it (``help(time.sleep)``)
        replaced = getattr(sys.modules.get(module), name, None)
        self.__module__ = module
        self.__name__ = self.__qualname__ = name
        self.__doc__ = getattr(replaced, "__doc__", None) if replaced is not None else None
        self._place = (module, name)  # last: from here on no attribute can be set (__setattr__)

    @property
    def __class__(self):  # pyright: ignore[reportIncompatibleMethodOverride]
        # isinstance() falls back on __class__ when the real type does not match: inspect's
        # isbuiltin(), and a learner's isinstance(time.sleep, types.BuiltinFunctionType), as
        # CPython answers (type() still shows the stand-in's type, named as the C one)
        return types.BuiltinFunctionType

    @property
    def __dict__(self):  # pyright: ignore[reportIncompatibleVariableOverride] (no __dict__ at all)
        # a C function has no __dict__: without one, what inspects it treats the stand-in as the
        # function it stands for (XML-RPC's marshaller refuses it, as CPython's refuses time.sleep,
        # instead of sending it as an empty struct)
        raise AttributeError("'builtin_function_or_method' object has no attribute '__dict__'")

    def __setattr__(self, name, value):
        try:
            object.__getattribute__(self, "_place")
        except AttributeError:  # still in __init__ (staticmethod copies the function's names)
            return super().__setattr__(name, value)
        raise AttributeError(f"'builtin_function_or_method' object has no attribute '{name}' and no "
                             "__dict__ for setting new attributes")

    def __repr__(self):
        return f"<built-in function {self._place[1]}>"

    def __reduce__(self):
        module, name = self._place
        if getattr(sys.modules.get(module), name, None) is self:
            return name  # a global of its module, as C's: no reconstructor of the runtime's
        return _module_attribute, self._place


# as CPython names the type of ``time.sleep`` (``type(time.sleep).__name__``)
builtin.__name__ = builtin.__qualname__ = "builtin_function_or_method"
builtin.__module__ = "builtins"


def _module_attribute(module, name):
    """``module.name`` in the world of the process unpickling it."""
    return getattr(importlib.import_module(module), name)
