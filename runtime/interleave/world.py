"""A fresh world of concurrency modules for every run.

``threading``, ``queue``, ``concurrent.futures``, ``asyncio``, ``multiprocessing`` and friends
keep state in module globals (thread registries, name counters, executors, event loop
policies), and they bind ``_thread`` when imported. So before each run they are removed from
``sys.modules`` and imported again on top of the runtime's ``_thread`` (``fakethread``): no state
leaks from one run into the next, and the standard library's own code runs unchanged.

Importing them again would compile them again (about 0.5 s in Pyodide), so the first import
keeps each module's code object and later imports only execute it (about 17 ms for all).
The C accelerators ``_asyncio`` and ``_queue`` are hidden: they cache classes from the first
import, and the pure-Python versions let the runtime observe task steps.
"""

import importlib.abc
import importlib.machinery
import sys

from .patches import REMOVE, Patch
from .seal_rules import SealedModule

#: Top-level packages renewed for every run.
ROOTS = frozenset({
    "threading", "queue", "concurrent", "asyncio", "multiprocessing", "_threading_local",
    "logging", "aiohttp", "requests", "aiofiles",
})
#: Standard modules replaced by the runtime's own (name -> file beside this one).
REPLACED = {"concurrent.futures.process": "mp_executor.py"}
#: Modules each simulated process has its own copy of, besides those under ROOTS.
PER_PROCESS = frozenset({"__main__", "__mp_main__", "atexit"})
#: Modules hidden during a run so the pure-Python fallbacks are used.
HIDDEN = ("_asyncio", "_queue")

_code_cache = {}


class _CodeLoader(importlib.abc.Loader):
    def __init__(self, code):
        self.code = code

    def create_module(self, spec):
        return SealedModule(spec.name)  # its imports of the runtime are not the program's to read

    def exec_module(self, module):
        exec(self.code, module.__dict__)


class _RecordingLoader(importlib.abc.Loader):
    def __init__(self, inner, spec):
        self.inner = inner
        self.spec = spec

    def create_module(self, spec):
        return SealedModule(spec.name)

    def exec_module(self, module):
        name = self.spec.name  # the spec the module is being made from
        code = self.inner.get_code(name)
        _code_cache[name] = (code, self.spec.origin, self.spec.submodule_search_locations)
        exec(code, module.__dict__)

    def get_source(self, name):
        return self.inner.get_source(name)


class _Finder(importlib.abc.MetaPathFinder):
    """Serves the renewed modules from the code cache."""

    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] not in ROOTS:
            return None
        if name in REPLACED and name not in _code_cache:
            import os

            here = os.path.dirname(os.path.abspath(__file__))
            source_path = os.path.join(here, REPLACED[name])
            with open(source_path, encoding="utf-8") as fh:
                code = compile(fh.read(), source_path, "exec")
            _code_cache[name] = (code, source_path, None)
            return self.find_spec(name, path, target)
        hit = _code_cache.get(name)
        if hit is not None:
            code, origin, locations = hit
            spec = importlib.machinery.ModuleSpec(
                name, _CodeLoader(code), origin=origin, is_package=locations is not None)
            if locations is not None:
                spec.submodule_search_locations = list(locations)
            spec.has_location = origin is not None
            return spec
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if hasattr(spec.loader, "get_code") and spec.origin:
                    spec.loader = _RecordingLoader(spec.loader, spec)
                return spec
        return None


_finder = _Finder()


def replaced_files():
    """The source files of the runtime's replacements of standard modules."""
    return [_code_cache[name][1] for name in REPLACED if name in _code_cache]


def install_finder():
    if _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def purge():
    for name in list(sys.modules):
        if name.partition(".")[0] in ROOTS:
            del sys.modules[name]


def _private(name):
    return name in PER_PROCESS or name.partition(".")[0] in ROOTS


def swap(old, new):
    """Another simulated process is about to run: put away ``old``'s private modules and bring
    in ``new``'s, so each process has its own ``__main__``, ``threading``, ``multiprocessing``...
    as it would after a spawn."""
    modules = sys.modules
    for name in [n for n in modules if _private(n)]:
        old.world[name] = modules.pop(name)
    modules.update(new.world)
    new.world.clear()


class WorldPatch(Patch):
    """A run's world: fresh concurrency modules over the runtime's ``_thread`` and ``atexit``,
    with the C accelerators hidden. Undo restores what Pyodide itself relies on."""

    name = "fresh module world"
    #: The pure-Python fallbacks that hiding ``_asyncio`` and ``_queue`` relies on, and the
    #: names of ``threading`` the runtime calls.
    requires = (
        "asyncio.tasks._PyTask", "asyncio.futures._PyFuture", "asyncio.tasks._py_register_task",
        "queue._PySimpleQueue", "threading._PyRLock", "threading._shutdown",
        "threading._PyRLock.__init__:_owner",
    )

    def __init__(self, fake_thread, fake_atexit):
        super().__init__()
        self.fake_thread = fake_thread
        self.fake_atexit = fake_atexit

    def apply(self, ctx):
        install_finder()
        purge()
        modules = sys.modules
        for name in HIDDEN:
            self.replace_item(modules, name, None)
        self.replace_item(modules, "_thread", self.fake_thread)
        self.replace_item(modules, "atexit", self.fake_atexit)
        self.replace_item(modules, "__main__", modules.get("__main__", REMOVE))
        self.later(purge)  # undone first: the run's modules go, then Pyodide's come back
