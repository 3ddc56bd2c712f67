"""The wall between the learner's program and everything else in its interpreter.

Every run has an interpreter of its own, restored from a memory snapshot and thrown away after
the run (src/engine/), so nothing a program changes reaches the next run. Within the run, the
program shares the interpreter with the runtime and the judge, so this module takes away what
would let it reach them:

- ``lock_down()`` (once, before the program) removes Pyodide's bridge to JavaScript: the ``js``
  and ``pyodide_js`` modules, ``pyodide``/``_pyodide`` and the import hook that hands out
  JavaScript modules; ``gc.get_objects`` and friends stop working (the interpreter is discarded
  afterwards, so changing the real modules is safe).
- ``check(tree)`` refuses, before the program runs, the names and attributes that walk frames,
  closures, globals, class hierarchies, code objects and the module table (``f_back``,
  ``__globals__``, ``__subclasses__``, ``sys.modules``, ``__il_tick__``...).
- ``builtins_for_program()`` is the program's ``__builtins__``: the real ones, except that
  ``__import__`` refuses modules that reach the runtime, the interpreter's memory or JavaScript,
  the ``getattr`` family refuses the same attribute names as ``check``, ``exec``/``eval`` check
  their source the same way, and ``input()`` says there is no keyboard in the trainer.

What remains possible and why it is acceptable is written down in runtime/README.md ("Sealed
runs").
"""

import ast
import builtins
import sys
from types import MappingProxyType

#: Modules a program may not import: the JavaScript bridge, raw memory, the import machinery and
#: introspection that reaches objects the program was not given, and the runtime itself.
BLOCKED_MODULES = frozenset({
    "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "pyodide_http",
    "ctypes", "_ctypes", "gc", "inspect", "importlib", "_imp", "pkgutil", "runpy", "zipimport",
    "_frozen_importlib", "_frozen_importlib_external", "builtins", "marshal", "_pickle",
    "copyreg", "shelve", "dill", "code", "codeop", "pdb", "bdb", "trace", "tracemalloc",
    "faulthandler", "_testcapi", "_testinternalcapi", "_testlimitedcapi", "_xxsubinterpreters",
    "_interpreters", "concurrent.interpreters", "sysconfig", "interleave", "_sitebuiltins",
})

#: Attribute names a program may not use: they lead from an object it has to objects it was not
#: given (frames, globals, closures, subclasses, code, the module table, the import system).
BLOCKED_ATTRS = frozenset({
    "__subclasses__", "__globals__", "__builtins__", "__closure__", "__code__", "__dict__",
    "__mro__", "__bases__", "__base__", "__loader__", "__spec__", "__getattribute__",
    "__reduce__", "__reduce_ex__", "__import__", "__self__", "__func__", "__wrapped__",
    "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "f_trace", "tb_frame",
    "gi_frame", "cr_frame", "ag_frame", "gi_code", "cr_code", "ag_code", "gi_yieldfrom",
    "cr_await", "ag_await", "co_code", "co_consts", "CodeType", "FrameType",
    "_getframe", "_getframemodulename", "_current_frames", "_current_exceptions", "modules",
    "meta_path", "path_hooks", "path_importer_cache", "settrace", "setprofile", "monitoring",
    "addaudithook", "get_objects", "get_referrers", "get_referents", "_bootstrap",
    "_bootstrap_external", "ForkingPickler", "_ForkingPickler", "reduction",
    "settrace_all_threads", "setprofile_all_threads", "attrgetter", "methodcaller", "copyreg",
})

#: Names of the runtime's hooks in the program's namespace (``__il_tick__``...) and builtins a
#: program may not rebind or read: rebinding a hook would switch off metering or the step limit.
RESERVED_PREFIX = "__il_"
BLOCKED_NAMES = frozenset({"__builtins__", "__loader__", "__spec__"})

#: Methods a class in the program may not define: pickling (multiprocessing) would call what they
#: return with the runtime's own builtins.
BLOCKED_METHODS = frozenset({"__reduce__", "__reduce_ex__"})


#: The deepest recursion a program can ask for (sys.setrecursionlimit): 10,000 crashed Pyodide 314.
MAX_RECURSION = 5000


#: False only in an interpreter whose host runs its own, trusted code (the runtime's unit tests).
_enforced = True


def trust_programs() -> None:
    """Lets programs use everything (no checks, the real builtins): for the runtime's own tests."""
    global _enforced
    _enforced = False


class SandboxError(RuntimeError):
    """Raised for a feature the trainer does not offer to programs."""


SandboxError.__module__ = "builtins"  # tracebacks say "SandboxError: ...", like a builtin error


def _refuse(what: str) -> SandboxError:
    return SandboxError(f"{what} is not available in the trainer")


class _Checker(ast.NodeVisitor):
    def __init__(self, filename):
        self.filename = filename

    def _fail(self, node, what):
        error = SyntaxError(f"{what} is not available in the trainer", (
            self.filename, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1, None))
        raise error

    def visit_Attribute(self, node):
        if node.attr in BLOCKED_ATTRS or node.attr.startswith(RESERVED_PREFIX):
            self._fail(node, f"the attribute '{node.attr}'")
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
            if alias.name in BLOCKED_ATTRS:
                self._fail(node, f"the name '{alias.name}'")
            if alias.asname and alias.asname.startswith(RESERVED_PREFIX):
                self._fail(node, f"the name '{alias.asname}'")

    def _check_module(self, node, name):
        if blocked_module(name):
            self._fail(node, f"the module '{name}'")


def blocked_module(name: str) -> bool:
    parts = name.split(".")
    return any(".".join(parts[: i + 1]) in BLOCKED_MODULES for i in range(len(parts)))


def check(tree, filename):
    """Raises SyntaxError at the first use of something the trainer does not offer."""
    if not _enforced:
        return
    try:
        _Checker(filename).visit(tree)
    except SyntaxError as error:
        error.__traceback__ = None
        raise error from None


def _checked_attr(name):
    if not isinstance(name, str):
        return name
    if name in BLOCKED_ATTRS or name.startswith(RESERVED_PREFIX):
        raise _refuse(f"the attribute '{name}'")
    return name


def _safe_pickle():
    """The ``pickle`` a program imports: the real one, except that loading refuses globals from
    blocked modules and anything but classes from ``builtins`` (a crafted pickle could otherwise
    call into the runtime or the JavaScript bridge). Lessons on what multiprocessing can send
    need ``pickle.dumps`` and ``PicklingError``; they behave as in CPython."""
    import io
    import pickle as real

    facade = type(sys)("pickle", real.__doc__)
    for name in (
        "dumps", "dump", "Pickler", "PickleError", "PicklingError", "UnpicklingError",
        "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL", "PickleBuffer",
    ):
        setattr(facade, name, getattr(real, name))

    class Unpickler(real.Unpickler):
        def find_class(self, module, name):
            found = None
            if not (blocked_module(module) and module != "builtins") and not (
                name in BLOCKED_ATTRS or name.startswith(RESERVED_PREFIX) or name.startswith("_")
            ):
                found = super().find_class(module, name)
            if found is None or (module == "builtins" and not isinstance(found, type)):
                raise real.UnpicklingError(
                    f"global '{module}.{name}' is not available in the trainer"
                )
            return found

    def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        return Unpickler(
            io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
            buffers=buffers,
        ).load()

    def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        return Unpickler(
            file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers
        ).load()

    facade.Unpickler, facade.loads, facade.load = Unpickler, loads, load
    return facade


def builtins_for_program(filename):
    """The ``__builtins__`` of the program's modules (a dict, so rebinding it changes nothing else)."""
    if not _enforced:
        return builtins.__dict__
    real = builtins.__dict__
    real_getattr, real_setattr, real_delattr = getattr, setattr, delattr
    real_compile, real_exec, real_eval = compile, exec, eval
    real_vars = vars
    module_type = type(sys)

    safe_pickle = _safe_pickle()

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name == "pickle":
            return safe_pickle
        if level == 0 and blocked_module(name):
            raise ImportError(f"the module '{name}' is not available in the trainer", name=name)
        for item in fromlist or ():
            if isinstance(item, str) and item in BLOCKED_ATTRS:
                raise ImportError(f"the name '{item}' is not available in the trainer", name=name)
        return builtins.__import__(name, globals, locals, fromlist, level)

    def guarded_getattr(obj, name, *default):
        return real_getattr(obj, _checked_attr(name), *default)

    def guarded_hasattr(obj, name):
        try:
            real_getattr(obj, _checked_attr(name))
        except SandboxError:
            raise
        except Exception:
            return False
        return True

    def guarded_setattr(obj, name, value):
        real_setattr(obj, _checked_attr(name), value)

    def guarded_delattr(obj, name):
        real_delattr(obj, _checked_attr(name))

    def guarded_vars(*args):
        if not args:
            frame = sys._getframe(1)
            scope = frame.f_locals
            return MappingProxyType(scope) if scope is frame.f_globals else scope
        if args and isinstance(args[0], (type, module_type)):
            raise _refuse("vars() of a class or module")
        return real_vars(*args)

    def _source(source, mode):
        if not isinstance(source, (str, bytes)):
            raise _refuse(f"{mode}() of a code object")
        text = source.decode() if isinstance(source, bytes) else source
        tree = ast.parse(text, "<string>", mode)
        check(tree, "<string>")
        return real_compile(tree, "<string>", mode)

    def _scope(globals_, locals_):
        # Without a namespace, the caller's (as the real exec and eval do); never the runtime's.
        if globals_ is None:
            frame = sys._getframe(2)
            globals_ = frame.f_globals
            if locals_ is None:
                locals_ = frame.f_locals
        if "__builtins__" not in globals_:
            globals_["__builtins__"] = sealed
        return globals_, locals_

    def guarded_exec(source, globals=None, locals=None, /, **kwargs):
        g, loc = _scope(globals, locals)
        return real_exec(_source(source, "exec"), g, loc, **kwargs)

    def guarded_eval(source, globals=None, locals=None, /):
        g, loc = _scope(globals, locals)
        return real_eval(_source(source, "eval"), g, loc)

    def guarded_compile(*args, **kwargs):
        raise _refuse("compile()")

    def read_only_globals():
        # Writing through globals() could rebind the runtime's hooks (__il_tick__...).
        return MappingProxyType(sys._getframe(1).f_globals)

    def guarded_locals():
        frame = sys._getframe(1)
        scope = frame.f_locals
        return MappingProxyType(scope) if scope is frame.f_globals else scope

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
        "locals": guarded_locals,
    })
    for name in ("__loader__", "__spec__"):
        sealed.pop(name, None)
    return sealed


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
        raise _refuse(what)

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


class ModuleGuard:
    """Puts back the functions, classes and methods a program rebound in the modules loaded before
    it ran, so that an exercise's tests (run after the program) call the real ``threading.Thread``,
    ``asyncio.run``, ``json.loads``... and not the program's stand-ins. Data the modules keep
    (counters, registries) is left alone: the standard library changes it as it runs.
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
            self.saved.append((space, {k: v for k, v in space.items() if _patchable(v)}))
            for value in list(space.values()):
                if isinstance(value, type) and getattr(value, "__module__", None) == name:
                    attrs = {k: v for k, v in value.__dict__.items() if _patchable(v)}
                    self.saved.append((value, attrs))

    def restore(self):
        for owner, attrs in self.saved:
            if isinstance(owner, dict):
                for key, value in attrs.items():
                    if owner.get(key) is not value:
                        owner[key] = value
            else:
                current = owner.__dict__
                for key, value in attrs.items():
                    if current.get(key) is not value:
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
