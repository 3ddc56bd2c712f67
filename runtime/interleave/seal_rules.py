"""What a sealed program may reach: the names it may not use, and the attributes it may use only
on some objects (``seal.py`` applies these rules to the program's source and builtins,
``seal_modules.py`` to the modules it imports instead of the real ones).

A name is refused outright where it only leads from what the program has to what it was not
given: frames, globals, closures, code, subclasses, the import system. A few names are useful in
honest code but dangerous on the runtime's objects; those are *guarded*: ``reach(obj, name)``
decides by the object. ``obj.__dict__`` is the real one for the program's own objects and
classes, and a copy without the refused names for anything else (so ``sys.__dict__["modules"]``
or ``type.__dict__["__subclasses__"]`` cannot go round the rules); ``sys.modules`` is a read-only
view without the runtime's and JavaScript's modules; ``operator.attrgetter``/``methodcaller`` and
``__getattribute__`` check the names they are given.
"""

import operator
import sys
from types import FunctionType, MappingProxyType, MethodType, ModuleType

#: Modules a program may not import: the JavaScript bridge, raw memory, the import machinery's
#: internals and the runtime itself. (``inspect``, ``importlib``, ``gc``, ``operator``,
#: ``string`` and ``pickle`` are offered as guarded stand-ins, see seal_modules.)
BLOCKED_MODULES = frozenset({
    "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "micropip", "pyodide_http",
    "ctypes", "_ctypes", "_imp", "pkgutil", "runpy", "zipimport",
    "_frozen_importlib", "_frozen_importlib_external", "builtins", "marshal", "_pickle",
    "copyreg", "shelve", "dill", "code", "codeop", "pdb", "bdb", "trace", "tracemalloc",
    "faulthandler", "_testcapi", "_testinternalcapi", "_testlimitedcapi", "_xxsubinterpreters",
    "_interpreters", "concurrent.interpreters", "sysconfig", "interleave", "_sitebuiltins",
    "_operator", "_string", "_inspect", "_gc",
})

#: Attribute names a program may not use on any object: they lead from an object it has to
#: objects it was not given (frames, globals, closures, subclasses, code, the import system).
BLOCKED_ATTRS = frozenset({
    "__subclasses__", "__globals__", "__builtins__", "__closure__", "__code__",
    "__loader__", "__spec__", "__reduce__", "__reduce_ex__", "__import__", "__self__", "__func__",
    "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "f_trace", "tb_frame",
    "gi_frame", "cr_frame", "ag_frame", "gi_code", "cr_code", "ag_code", "gi_yieldfrom",
    "cr_await", "ag_await", "co_code", "co_consts", "CodeType", "FrameType",
    "_getframe", "_getframemodulename", "_current_frames", "_current_exceptions",
    "meta_path", "path_hooks", "path_importer_cache", "settrace", "setprofile", "monitoring",
    "addaudithook", "get_objects", "get_referrers", "get_referents", "_bootstrap",
    "_bootstrap_external", "ForkingPickler", "_ForkingPickler", "reduction",
    "settrace_all_threads", "setprofile_all_threads", "copyreg",
})

#: Attribute names a program may read, with what it gets decided by the object (``reach``).
GUARDED_ATTRS = frozenset({
    "__dict__", "modules", "attrgetter", "methodcaller", "__getattribute__", "__wrapped__",
    "__getstate__",
})

#: Names of the runtime's hooks in the program's namespace (``__il_tick__``...) and builtins a
#: program may not rebind or read: rebinding a hook would switch off metering or the step limit.
RESERVED_PREFIX = "__il_"
BLOCKED_NAMES = frozenset({"__builtins__", "__loader__", "__spec__"})

#: The modules a program's own code runs in (the main module, and again in a child process).
PROGRAM_MODULES = frozenset({"__main__", "__mp_main__"})


class SandboxError(RuntimeError):
    """Raised for a feature the trainer does not offer to programs."""


SandboxError.__module__ = "builtins"  # tracebacks say "SandboxError: ...", like a builtin error


class SandboxAttributeError(SandboxError, AttributeError):
    """A refused attribute of a stand-in module: ``hasattr`` says False, as for a missing one."""


SandboxAttributeError.__module__ = "builtins"
SandboxAttributeError.__name__ = SandboxAttributeError.__qualname__ = "SandboxError"


def refuse(what: str) -> SandboxError:
    return SandboxError(f"{what} is not available in the trainer")


def blocked_module(name: str) -> bool:
    parts = name.split(".")
    return any(".".join(parts[: i + 1]) in BLOCKED_MODULES for i in range(len(parts)))


def refused_name(name: str) -> bool:
    return name in BLOCKED_ATTRS or name.startswith(RESERVED_PREFIX)


def checked_attr(name):
    """``name``, if a program may use it as an attribute name at all."""
    if isinstance(name, str) and refused_name(name):
        raise refuse(f"the attribute '{name}'")
    return name


def checked_path(dotted):
    """A dotted attribute path (``attrgetter("a.b")``), if every part of it may be used."""
    if isinstance(dotted, str):
        for part in dotted.split("."):
            checked_attr(part)
    return dotted


class SealedModule(ModuleType):
    """The type of the modules renewed for every run (``world``: threading, asyncio,
    multiprocessing, the stand-in packages...). Their code imports the runtime's own modules
    (``from interleave import procs``); read from outside, as ``multiprocessing.process.procs``,
    such an attribute would hand the runtime to the program. Only the runtime's own code may read
    it so; the module's own code reads its globals directly and is not slowed down.

    Only those attributes are guarded, each by a descriptor (``_Guarded``) on a class of the
    module's own (``seal_module`` after its code ran, ``__setattr__`` later): every other
    attribute is read at C speed. (Guarding every read in ``__getattribute__`` cost asyncio's
    cross-module reads, ``events.get_running_loop()`` and the like, a Python call each: a tenth
    of a run of 10,000 tasks.) A renewed module's own code never binds a runtime module to a
    global after it ran (checked for the standard modules under ``world.ROOTS`` and the shims).
    """

    __slots__ = ()

    def __setattr__(self, name, value):
        ModuleType.__setattr__(self, name, value)
        if _runtime_module(value):
            _guard(self, name)


def _runtime_module(value) -> bool:
    return isinstance(value, ModuleType) and blocked_module(ModuleType.__getattribute__(value, "__name__"))


class _Guarded:
    """A module attribute that holds one of the runtime's modules: refused to any code but the
    runtime's own. A data descriptor, so it is consulted before the module's dict."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __get__(self, module, owner=None):
        if module is None:
            return self
        try:
            value = ModuleType.__getattribute__(module, "__dict__")[self.name]
        except KeyError:
            raise AttributeError(f"module '{module.__name__}' has no attribute '{self.name}'") from None
        if _runtime_module(value):
            caller = sys._getframe(1).f_globals.get("__name__", "")
            if not (isinstance(caller, str) and caller.partition(".")[0] == "interleave"):
                raise SandboxAttributeError(f"the attribute '{self.name}' is not available in the trainer")
        return value

    def __set__(self, module, value):
        ModuleType.__getattribute__(module, "__dict__")[self.name] = value

    def __delete__(self, module):
        try:
            del ModuleType.__getattribute__(module, "__dict__")[self.name]
        except KeyError:
            raise AttributeError(self.name) from None


def _refused_or_missing(module, name):
    """``__getattr__`` of a module with guarded attributes: a module's lookup turns the guard's
    refusal (an AttributeError, so that ``inspect.getmembers`` skips the name) into "has no
    attribute"; the refusal is said again here."""
    if isinstance(vars(type(module)).get(name), _Guarded) \
            and name in ModuleType.__getattribute__(module, "__dict__"):
        raise SandboxAttributeError(f"the attribute '{name}' is not available in the trainer")
    raise AttributeError(f"module '{ModuleType.__getattribute__(module, '__name__')}' has no attribute '{name}'")


def _guard(module, name) -> None:
    cls = type(module)
    if cls is SealedModule:  # its own class, on which descriptors may be set
        cls = type("SealedModule", (SealedModule,), {
            "__slots__": (), "__module__": __name__, "__getattr__": _refused_or_missing})
        module.__class__ = cls
    if not isinstance(vars(cls).get(name), _Guarded):
        setattr(cls, name, _Guarded(name))


def seal_module(module) -> None:
    """Guard each attribute of a renewed module that holds a runtime module (after its code ran)."""
    for name, value in list(ModuleType.__getattribute__(module, "__dict__").items()):
        if _runtime_module(value):
            _guard(module, name)


# ----- what the guarded names give -------------------------------------------------------------

def owned(obj) -> bool:
    """Whether ``obj`` is the program's own: a function, class or instance it defined."""
    if isinstance(obj, FunctionType):
        return obj.__globals__.get("__name__") in PROGRAM_MODULES
    if isinstance(obj, MethodType):
        return owned(obj.__func__)
    kind = obj if isinstance(obj, type) else type(obj)
    return type.__getattribute__(kind, "__module__") in PROGRAM_MODULES


def _attrgetter(*paths):
    for path in paths:
        checked_path(path)
    return operator.attrgetter(*paths)


def _methodcaller(name, /, *args, **kwargs):
    return operator.methodcaller(checked_attr(name), *args, **kwargs)


_attrgetter.__name__, _attrgetter.__qualname__ = "attrgetter", "attrgetter"
_methodcaller.__name__, _methodcaller.__qualname__ = "methodcaller", "methodcaller"
_attrgetter.__doc__, _methodcaller.__doc__ = operator.attrgetter.__doc__, operator.methodcaller.__doc__

#: The real objects a program gets a checking stand-in for, wherever it finds them.
_STAND_INS = {id(operator.attrgetter): _attrgetter, id(operator.methodcaller): _methodcaller}


def stand_in(value):
    """The checking stand-in for ``value`` if it has one, else ``value``."""
    return _STAND_INS.get(id(value), value)


class Visible(dict):
    """A copy of a namespace as a program sees it; a refused name it asks for says so."""

    __slots__ = ()

    def __missing__(self, key):
        if isinstance(key, str) and (refused_name(key) or blocked_module(key)):
            raise refuse(f"'{key}'")
        raise KeyError(key)


def filtered(space) -> dict:
    """A copy of a namespace without the names a program may not use (stand-ins in their place)."""
    return Visible({
        k: visible_modules() if v is sys.modules else stand_in(v)
        for k, v in list(space.items())
        if not (isinstance(k, str) and refused_name(k))
        and not (isinstance(v, ModuleType) and blocked_module(v.__name__))
    })


def visible_modules():
    """``sys.modules`` as a program sees it: read-only, without the runtime's and JavaScript's."""
    return MappingProxyType(Visible({
        name: module
        for name, module in list(sys.modules.items())
        if not blocked_module(name)
        and not blocked_module(str(getattr(module, "__name__", name)))
    }))


def _namespace_of(obj):
    space = obj.__dict__
    if isinstance(obj, ModuleType):
        # Even the program's own module: its real namespace holds the runtime's hooks.
        return filtered(space)
    if owned(obj):
        return space
    if isinstance(obj, type):
        return MappingProxyType(filtered(space))
    return filtered(space)


def _no_runtime_module(name, value):
    """``value``, unless it is one of the runtime's (or JavaScript's) modules, found under ``name``
    as an attribute of a module renewed for every run (see ``SealedModule``)."""
    if isinstance(value, ModuleType) and blocked_module(ModuleType.__getattribute__(value, "__name__")):
        raise SandboxAttributeError(f"the attribute '{name}' is not available in the trainer")
    return value


def _checking_getattribute(real):
    def __getattribute__(*args):
        if args and isinstance(args[-1], str) and refused_name(args[-1]):
            # An AttributeError too: inspect.getmembers and the like skip the name.
            raise SandboxAttributeError(f"the attribute '{args[-1]}' is not available in the trainer")
        return _no_runtime_module(args[-1] if args else "", real(*args))

    return __getattribute__


def _filtering_getstate(real):
    """``obj.__getstate__`` of an object the program did not define: the state (its ``__dict__``,
    and its slots' values) as ``vars()`` would show it, without the refused names."""

    def __getstate__(*args):
        state = real(*args)
        if isinstance(state, dict):
            return filtered(state)
        if isinstance(state, tuple) and len(state) == 2:
            return tuple(filtered(part) if isinstance(part, dict) else part for part in state)
        return state

    return __getstate__


def reach(obj, name):
    """``getattr(obj, name)`` for a program: refused, guarded or plain, by name and object."""
    if not isinstance(name, str) or name not in GUARDED_ATTRS:
        return _no_runtime_module(name, getattr(obj, checked_attr(name)))
    if name == "__dict__":
        if not hasattr(obj, "__dict__"):
            return getattr(obj, name)  # the AttributeError CPython gives
        return _namespace_of(obj)
    if name == "modules" and obj is sys:
        return visible_modules()
    if name == "__getattribute__":
        return _checking_getattribute(getattr(obj, name))
    if name == "__getstate__" and not owned(obj):
        return _filtering_getstate(getattr(obj, name))
    if name == "__wrapped__" and not owned(obj):
        raise refuse(f"the attribute '{name}' of an object the program did not define")
    return stand_in(getattr(obj, name))
