"""The modules a sealed program imports in place of the real ones, where the real ones reach too far.

``inspect``, ``importlib``, ``gc``, ``operator``, ``string`` and ``pickle`` are useful in honest
code (``inspect.iscoroutinefunction``, ``importlib.import_module``, ``gc.collect``,
``operator.attrgetter``...), but each also has a door to what the program was not given: frames
(``inspect.currentframe``), every object in the interpreter (``gc.get_objects``), an attribute
walk with names no checker sees (``attrgetter("__globals__")``, ``string.Formatter().get_field``),
the runtime's modules (``importlib.import_module("interleave")``), pickled callables. The program
gets a stand-in module with the real functions minus those doors; using a door raises
SandboxError naming it. ``Modules`` builds each stand-in on first import, per run, and forgets
them before the exercise's tests run, so the tests never see a stand-in the program changed.
"""

import io
from types import ModuleType

from .seal_rules import SandboxAttributeError, blocked_module, checked_attr, refused_name, stand_in

_INSPECT = (
    "isfunction", "ismethod", "isclass", "ismodule", "iscoroutinefunction", "iscoroutine",
    "isawaitable", "isgenerator", "isgeneratorfunction", "isasyncgen", "isasyncgenfunction",
    "isbuiltin", "isroutine", "isabstract", "ismethoddescriptor", "isdatadescriptor",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethodwrapper", "iscode", "isframe",
    "istraceback", "markcoroutinefunction", "signature", "Signature", "Parameter",
    "BoundArguments", "getdoc", "cleandoc", "getmro", "getcoroutinestate", "getgeneratorstate",
    "getasyncgenstate", "getsource", "getsourcelines", "getfile", "getmodulename",
    "getfullargspec", "getcallargs", "get_annotations", "formatannotation", "CORO_CREATED",
    "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED", "GEN_CREATED", "GEN_RUNNING",
    "GEN_SUSPENDED", "GEN_CLOSED", "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED",
    "AGEN_CLOSED", "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_NESTED",
    "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS",
)

_GC = (
    "DEBUG_COLLECTABLE", "DEBUG_LEAK", "DEBUG_SAVEALL", "DEBUG_STATS", "DEBUG_UNCOLLECTABLE",
    "freeze", "unfreeze", "get_freeze_count", "get_count", "get_stats", "get_threshold",
    "set_threshold", "is_tracked", "is_finalized", "garbage",
)

#: What each stand-in module offers; a name of the real module not listed here is refused.
OFFERED = {
    "inspect": _INSPECT + ("getmembers",),
    "importlib": ("import_module", "invalidate_caches", "util"),
    "importlib.util": ("find_spec", "resolve_name"),
    "gc": _GC + ("collect", "enable", "disable", "isenabled", "get_debug", "set_debug", "callbacks"),
}


def _stand_in_module(name, real, names, own):
    module = ModuleType(name, getattr(real, "__doc__", None))
    for key in names:
        if key in own:
            value = own[key]
        elif hasattr(real, key):
            value = getattr(real, key)
        else:  # not in this Python version
            continue
        setattr(module, key, value)

    def __getattr__(attr):
        if not attr.startswith("__") and hasattr(real, attr):
            raise SandboxAttributeError(f"{name}.{attr} is not available in the trainer")
        raise AttributeError(f"module '{name}' has no attribute '{attr}'")

    module.__dict__["__getattr__"] = __getattr__  # PEP 562: asked for names the module lacks
    return module


def _inspect(modules):
    import inspect

    def getmembers(obj, predicate=None):
        # The real getmembers reads every attribute, refused ones too: drop those.
        members = inspect.getmembers(obj)
        kept = [(k, stand_in(v)) for k, v in members if not refused_name(k) and k != "__dict__"]
        return [(k, v) for k, v in kept if predicate is None or predicate(v)]

    getmembers.__doc__ = inspect.getmembers.__doc__
    return _stand_in_module("inspect", inspect, OFFERED["inspect"], {"getmembers": getmembers})


def _importlib(modules):
    import importlib
    import importlib.util

    def import_module(name, package=None):
        absolute = importlib.util.resolve_name(name, package) if name.startswith(".") else name
        return modules.load(absolute, leaf=True)

    def find_spec(name, package=None):
        absolute = importlib.util.resolve_name(name, package) if name.startswith(".") else name
        if blocked_module(absolute):
            return None
        return importlib.util.find_spec(absolute)

    util = _stand_in_module("importlib.util", importlib.util, OFFERED["importlib.util"],
                            {"find_spec": find_spec})
    own = {"import_module": import_module, "util": util}
    return _stand_in_module("importlib", importlib, OFFERED["importlib"], own)


def _gc(modules):
    import gc

    from . import context

    state = {"enabled": True, "debug": 0}

    def paused():
        ctx = context.active()
        return ctx is not None and ctx.sched.gc.paused

    def collect(generation=2):
        # While other green threads are suspended, collecting walks stacks Pyodide moved aside
        # and crashes (sched/gc_pause.py): the runtime collects once they have ended.
        if paused():
            return 0
        return gc.collect(generation)

    def enable():
        state["enabled"] = True
        if not paused():
            gc.enable()

    def disable():
        state["enabled"] = False
        if not paused():
            gc.disable()

    def isenabled():
        return state["enabled"]

    def set_debug(flags):
        state["debug"] = int(flags)  # remembered, not applied: the runtime's collections stay quiet

    def get_debug():
        return state["debug"]

    own = {
        "collect": collect, "enable": enable, "disable": disable, "isenabled": isenabled,
        "set_debug": set_debug, "get_debug": get_debug, "callbacks": [],
    }
    return _stand_in_module("gc", gc, OFFERED["gc"], own)


def _operator(modules):
    import operator

    names = [k for k in dir(operator) if not k.startswith("_")]
    own = {k: stand_in(getattr(operator, k)) for k in ("attrgetter", "methodcaller")}
    return _stand_in_module("operator", operator, names, own)


def _string(modules):
    import string

    class Formatter(string.Formatter):
        # get_field walks "0.attr[key]" with the real getattr: check every attribute name.
        def get_field(self, field_name, args, kwargs):
            import _string  # pyright: ignore[reportMissingImports] (CPython's own helper of string)

            _first, rest = _string.formatter_field_name_split(field_name)
            for is_attr, key in rest:
                if is_attr:
                    checked_attr(key)
            return super().get_field(field_name, args, kwargs)

    Formatter.__module__ = "string"
    names = [k for k in dir(string) if not k.startswith("_")]
    return _stand_in_module("string", string, names, {"Formatter": Formatter})


def _pickle(modules):
    """Loading refuses globals from blocked modules and anything but classes from ``builtins`` (a
    crafted pickle could otherwise call into the runtime or the JavaScript bridge). Lessons on
    what multiprocessing can send need ``pickle.dumps`` and ``PicklingError``."""
    import pickle as real

    class Unpickler(real.Unpickler):
        def find_class(self, module, name):
            found = None
            if not (blocked_module(module) and module != "builtins") and not (
                refused_name(name) or name.startswith("_")
            ):
                found = super().find_class(module, name)
            if found is None or (module == "builtins" and not isinstance(found, type)):
                raise real.UnpicklingError(
                    f"global '{module}.{name}' is not available in the trainer"
                )
            return found

    def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                         errors=errors, buffers=buffers).load()

    def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                         buffers=buffers).load()

    names = ("dumps", "dump", "Pickler", "PickleError", "PicklingError", "UnpicklingError",
             "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL", "PickleBuffer", "Unpickler", "loads", "load")
    own = {"Unpickler": Unpickler, "loads": loads, "load": load}
    return _stand_in_module("pickle", real, names, own)


_BUILDERS = {
    "inspect": _inspect, "importlib": _importlib, "gc": _gc, "operator": _operator,
    "string": _string, "pickle": _pickle,
}


class Modules:
    """The run's stand-in modules, built on first import."""

    def __init__(self):
        self.built = {}

    def stand_in(self, name):
        """The stand-in for top-level module or submodule ``name``, or None if it has none."""
        top, _, rest = name.partition(".")
        if top not in _BUILDERS:
            return None
        if top not in self.built:
            self.built[top] = _BUILDERS[top](self)
        module = self.built[top]
        for part in rest.split(".") if rest else ():
            module = module.__dict__.get(part)
            if not isinstance(module, ModuleType):
                return None
        return module

    def load(self, name, fromlist=(), leaf=False, globals=None):
        """``import name`` for the program (absolute): the module, or its stand-in. Returns the
        top-level package unless there is a ``fromlist`` or ``leaf`` (as ``__import__`` does)."""
        if blocked_module(name):
            raise ImportError(f"the module '{name}' is not available in the trainer", name=name)
        if leaf:
            import importlib

            real = importlib.import_module(name)
        else:
            # With the importer's globals: the first import of a heavy module by the program is
            # charged its CPython cost (imports.ImportCharge).
            real = __import__(name, globals, None, fromlist, 0)
        top = name.partition(".")[0]
        if top not in _BUILDERS:
            return real
        if self.stand_in(name) is None:  # a submodule the stand-in does not offer
            raise ImportError(f"the module '{name}' is not available in the trainer", name=name)
        module = self.stand_in(name if fromlist or leaf else top)
        for item in fromlist or ():
            if isinstance(item, str) and item != "*" and item not in module.__dict__:
                raise ImportError(f"'{name}.{item}' is not available in the trainer", name=name)
        return module

    def forget(self):
        """Before the exercise's tests: they import stand-ins the program never touched."""
        self.built.clear()


def offers(module: str, name: str) -> bool | None:
    """Whether stand-in ``module`` offers ``name`` (None: not a module with a fixed list)."""
    listed = OFFERED.get(module)
    if listed is None:
        return None
    return name in listed

