"""The wall between the learner's program and everything else in its interpreter.

Every run has an interpreter of its own, restored from a memory snapshot and thrown away after
the run (src/engine/), so nothing a program changes reaches the next run. Within the run, the
program shares the interpreter with the runtime and the judge, so this module takes away what
would let it reach them (the rules themselves are in ``seal_rules``):

- ``lock_down()`` (once, before the program) removes Pyodide's bridge to JavaScript: the ``js``
  and ``pyodide_js`` modules, ``pyodide``/``_pyodide`` and the import hook that hands out
  JavaScript modules; ``gc.get_objects`` and friends stop working (the interpreter is discarded
  afterwards, so changing the real modules is safe).
- ``check(tree)`` refuses, before the program runs, the names and attributes that only walk
  frames, closures, globals, subclasses and code (``f_back``, ``__globals__``,
  ``__subclasses__``, ``sys._getframe``, ``__il_meter__``...), and rewrites reads of the guarded
  ones (``obj.__dict__``, ``sys.modules``...) into calls that decide by the object.
- ``builtins_for_program()`` is the program's ``__builtins__``: the real ones, except that
  ``__import__`` refuses modules that reach the runtime, the interpreter's memory or JavaScript
  and hands out guarded stand-ins for ``inspect``, ``importlib``, ``gc``, ``operator``,
  ``string`` and ``pickle`` (``seal_modules``); the ``getattr`` family and ``vars`` follow the
  same rules as the source; ``exec``/``eval`` check their source the same way; ``globals()`` is a
  read-only view without the runtime's hooks; ``input()`` says there is no keyboard.

What remains possible and why it is acceptable is written down in runtime/README.md ("Sealed
runs").
"""

import ast
import builtins
import operator
import sys
from collections.abc import Mapping

from .seal_modules import Modules, offers
from .seal_rules import (
    BLOCKED_ATTRS, BLOCKED_NAMES, GUARDED_ATTRS, RESERVED_PREFIX, SandboxError, blocked_module,
    checked_attr, reach, refuse, refused_name,
)

#: Methods a class in the program may not define: pickling (multiprocessing) would call what they
#: return with the runtime's own builtins.
BLOCKED_METHODS = frozenset({"__reduce__", "__reduce_ex__"})

#: The builtin the program's reads of guarded attributes (``obj.__dict__``, ``sys.modules``...)
#: are rewritten to call (seal_rules.reach); the program cannot name or rebind it.
REACH = "__il_reach__"

#: The deepest recursion a program can ask for (sys.setrecursionlimit): 10,000 crashed Pyodide 314.
MAX_RECURSION = 5000


#: False only in an interpreter whose host runs its own, trusted code (the runtime's unit tests).
_enforced = True


def trust_programs() -> None:
    """Lets programs use everything (no checks, the real builtins): for the runtime's own tests."""
    global _enforced
    _enforced = False


class _Checker(ast.NodeVisitor):
    def __init__(self, filename):
        self.filename = filename

    def _fail(self, node, what):
        error = SyntaxError(f"{what} is not available in the trainer", (
            self.filename, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1, None))
        raise error

    def visit_Attribute(self, node):
        if refused_name(node.attr):
            self._fail(node, f"the attribute '{node.attr}'")
        if node.attr in GUARDED_ATTRS and not isinstance(node.ctx, ast.Load):
            self._fail(node, f"changing the attribute '{node.attr}'")
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id in BLOCKED_NAMES or node.id.startswith(RESERVED_PREFIX):
            self._fail(node, f"the name '{node.id}'")

    def _check_def(self, node):
        if node.name in BLOCKED_METHODS or node.name.startswith(RESERVED_PREFIX):
            self._fail(node, f"defining '{node.name}'")
        self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _check_def

    def _check_declared(self, node):
        for name in node.names:
            if name.startswith(RESERVED_PREFIX) or name in BLOCKED_NAMES:
                self._fail(node, f"the name '{name}'")

    def visit_Global(self, node):
        self._check_declared(node)

    def visit_Nonlocal(self, node):
        self._check_declared(node)

    def visit_alias(self, node):
        self._check_module(node, node.name)
        if node.asname and (node.asname.startswith(RESERVED_PREFIX) or node.asname in BLOCKED_NAMES):
            self._fail(node, f"the name '{node.asname}'")

    def visit_ImportFrom(self, node):
        if node.level == 0 and node.module:
            self._check_module(node, node.module)
        for alias in node.names:
            if alias.name in BLOCKED_ATTRS or (node.module == "sys" and alias.name == "modules"):
                self._fail(node, f"the name '{alias.name}'")
            if node.level == 0 and node.module and offers(node.module, alias.name) is False:
                self._fail(node, f"'{node.module}.{alias.name}'")
            if alias.asname and alias.asname.startswith(RESERVED_PREFIX):
                self._fail(node, f"the name '{alias.asname}'")

    def _check_module(self, node, name):
        if blocked_module(name):
            self._fail(node, f"the module '{name}'")


class _Guard(ast.NodeTransformer):
    """``obj.__dict__`` -> ``__il_reach__(obj, "__dict__")``: what a guarded name gives depends
    on the object, known only when the program runs."""

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr not in GUARDED_ATTRS or not isinstance(node.ctx, ast.Load):
            return node
        call = ast.Call(ast.Name(REACH, ast.Load()), [node.value, ast.Constant(node.attr)], [])
        return ast.copy_location(call, node)


def check(tree, filename):
    """Raises SyntaxError at the first use of something the trainer does not offer; returns the
    tree with the reads of guarded attributes rewritten (see ``_Guard``)."""
    if not _enforced:
        return tree
    try:
        _Checker(filename).visit(tree)
    except SyntaxError as error:
        error.__traceback__ = None
        raise error from None
    return ast.fix_missing_locations(_Guard().visit(tree))


class _Namespace(Mapping):
    """``globals()`` (and ``vars()``/``locals()`` at module level) for the program: live and
    read-only, without ``__builtins__`` and the runtime's hooks (rebinding a hook would switch off
    the meter or the step limit)."""

    __slots__ = ("_space",)

    def __init__(self, space):
        self._space = space

    def __getitem__(self, key):
        if isinstance(key, str) and refused_name(key):
            raise refuse(f"'{key}'")
        return self._space[key]

    def __contains__(self, key):
        return not (isinstance(key, str) and refused_name(key)) and key in self._space

    def __iter__(self):
        return (k for k in list(self._space) if not (isinstance(k, str) and refused_name(k)))

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return repr(dict(self))


#: Where the program's builtins keep its stand-in modules (seal_modules.Modules).
MODULES = "__il_modules__"


def builtins_for_program(filename):
    """The ``__builtins__`` of the program's modules (a dict, so rebinding it changes nothing else)."""
    if not _enforced:
        return builtins.__dict__
    real = builtins.__dict__
    real_setattr, real_delattr = setattr, delattr
    real_compile, real_exec, real_eval = compile, exec, eval
    modules = Modules()

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        for item in fromlist or ():
            if isinstance(item, str) and item in BLOCKED_ATTRS:
                raise ImportError(f"the name '{item}' is not available in the trainer", name=name)
        if level != 0:
            return builtins.__import__(name, globals, locals, fromlist, level)
        return modules.load(name, fromlist or (), globals=globals)

    missing = object()

    def guarded_getattr(obj, name, default=missing, /):
        if default is missing:
            return reach(obj, name)
        try:
            return reach(obj, name)
        except SandboxError:
            raise
        except AttributeError:
            return default

    def guarded_hasattr(obj, name):
        try:
            reach(obj, name)
        except SandboxError:
            raise
        except Exception:
            return False
        return True

    def guarded_setattr(obj, name, value):
        if name in GUARDED_ATTRS:
            raise refuse(f"changing the attribute '{name}'")
        real_setattr(obj, checked_attr(name), value)

    def guarded_delattr(obj, name):
        if name in GUARDED_ATTRS:
            raise refuse(f"changing the attribute '{name}'")
        real_delattr(obj, checked_attr(name))

    def caller_scope(depth):
        frame = sys._getframe(depth + 1)
        scope = frame.f_locals
        return _Namespace(scope) if scope is frame.f_globals else scope

    def guarded_vars(obj=missing, /):
        if obj is missing:
            return caller_scope(1)
        try:
            return reach(obj, "__dict__")
        except SandboxError:
            raise
        except AttributeError:
            raise TypeError("vars() argument must have __dict__ attribute") from None

    def _source(source, mode):
        if not isinstance(source, (str, bytes)):
            raise refuse(f"{mode}() of a code object")
        text = source.decode() if isinstance(source, bytes) else source
        tree = check(ast.parse(text, "<string>", mode), "<string>")
        return real_compile(tree, "<string>", mode)

    def _scope(globals_, locals_):
        # Without a namespace, the caller's (as the real exec and eval do); never the runtime's.
        if globals_ is None:
            frame = sys._getframe(2)
            globals_ = frame.f_globals
            if locals_ is None:
                locals_ = frame.f_locals
        if isinstance(globals_, dict) and "__builtins__" not in globals_:
            globals_["__builtins__"] = sealed
        return globals_, locals_

    def guarded_exec(source, globals=None, locals=None, /, **kwargs):
        g, loc = _scope(globals, locals)
        return real_exec(_source(source, "exec"), g, loc, **kwargs)

    def guarded_eval(source, globals=None, locals=None, /):
        g, loc = _scope(globals, locals)
        return real_eval(_source(source, "eval"), g, loc)

    def guarded_compile(*args, **kwargs):
        raise refuse("compile()")

    def read_only_globals():
        return _Namespace(sys._getframe(1).f_globals)

    def guarded_locals():
        return caller_scope(1)

    def no_input(prompt=""):
        if prompt:
            sys.stdout.write(str(prompt))
        raise EOFError("there is no keyboard input in the trainer: put the values in the program")

    sealed = dict(real)
    sealed.update({
        "__import__": guarded_import, "getattr": guarded_getattr, "hasattr": guarded_hasattr,
        "setattr": guarded_setattr, "delattr": guarded_delattr, "vars": guarded_vars,
        "exec": guarded_exec, "eval": guarded_eval, "compile": guarded_compile,
        "input": no_input, "breakpoint": lambda *a, **k: None, "globals": read_only_globals,
        "locals": guarded_locals, REACH: reach, MODULES: modules,
    })
    for name in ("__loader__", "__spec__"):
        sealed.pop(name, None)
    return sealed


def forget_modules(program_builtins) -> None:
    """Before the exercise's tests run: they get stand-in modules the program never touched."""
    modules = program_builtins.get(MODULES) if isinstance(program_builtins, dict) else None
    if isinstance(modules, Modules):
        modules.forget()


_JS_ROOTS = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip")


def lock_down():
    """Cuts this interpreter's ties to JavaScript; call once, after the runtime took its helpers."""
    for name in list(sys.modules):
        if name.split(".")[0] in _JS_ROOTS:
            del sys.modules[name]
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__module__.split(".")[0] not in _JS_ROOTS]
    sys.meta_path.insert(0, _Firewall())
    import gc

    for name in ("get_objects", "get_referrers", "get_referents"):
        setattr(gc, name, _refused_function(f"gc.{name}()"))
    real_setrecursionlimit = sys.setrecursionlimit

    def setrecursionlimit(limit):
        # Deeper than this, unwinding the recursion overflows WebAssembly's stack and kills the
        # interpreter; a program that asks for more gets RecursionError at this depth instead.
        real_setrecursionlimit(min(int(limit), MAX_RECURSION))

    sys.setrecursionlimit = setrecursionlimit


def _refused_function(what):
    def refused(*args, **kwargs):
        raise refuse(what)

    return refused


class _Firewall:
    """First on ``sys.meta_path``: the JavaScript bridge cannot be imported again by anyone."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.split(".")[0] in _JS_ROOTS:
            raise ImportError(f"the module '{name}' is not available in the trainer", name=name)
        return None


def _patchable(value) -> bool:
    return callable(value) or isinstance(value, type(sys))


#: ``isinstance(value, type)`` as a one-argument function, for ``filter`` (a loop in C).
_is_class = type.__dict__["__instancecheck__"].__get__(type)


class ModuleGuard:
    """Puts back the functions, classes and methods a program rebound in the modules loaded before
    it ran, so that an exercise's tests (run after the program) call the real ``threading.Thread``,
    ``asyncio.run``, ``json.loads``... and not the program's stand-ins. Data the modules keep
    (counters, registries) is left alone: the standard library changes it as it runs.

    Every tests run makes one, over some 200 modules and 1,000 classes (22,000 names), so it is
    most of what a tests run costs over a plain run: the namespaces are copied whole and compared
    by identity in C (``dict.copy``, ``map``), and only a namespace that changed is walked in
    Python, to put back what is callable (or a module) in it. (A Python call per name made the
    tests run's own cost 27-42 ms of CPU in Node; 22-30 ms now.)
    """

    def __init__(self, imports=()):
        for name in imports:  # what the tests import, loaded now, before the program can touch it
            try:
                __import__(name)
            except Exception:
                pass
        self.saved = []
        for name, module in list(sys.modules.items()):
            space = getattr(module, "__dict__", None)
            if name == "__main__" or not isinstance(space, dict):
                continue
            self.saved.append((space, space.copy()))
            for value in list(filter(_is_class, space.values())):
                if getattr(value, "__module__", None) == name:
                    self.saved.append((value, value.__dict__.copy()))

    def restore(self):
        for owner, saved in self.saved:
            current = owner if isinstance(owner, dict) else owner.__dict__
            if len(current) == len(saved) and all(map(operator.is_, map(current.get, saved), saved.values(), strict=True)):
                continue  # nothing in it was rebound or removed
            for key, value in saved.items():
                if current.get(key) is value or not _patchable(value):
                    continue
                if isinstance(owner, dict):
                    owner[key] = value
                else:
                    try:
                        setattr(owner, key, value)
                    except (AttributeError, TypeError):
                        pass


def imported_by(source: str):
    """The top-level modules a test source imports."""
    names = []
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return names
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names
