"""A fresh world of concurrency modules for every run.

``threading``, ``queue``, ``concurrent.futures``, ``asyncio``, ``multiprocessing`` and friends
keep state in module globals (thread registries, name counters, executors, event loop
policies), and they bind ``_thread`` when imported. So before each run they are removed from
``sys.modules`` and imported again on top of the runtime's ``_thread`` (``fakethread``): no state
leaks from one run into the next, and the standard library's own code runs unchanged.

Importing them again would compile them again (about 0.5 s in Pyodide), so the first import
keeps each module's code object and later imports only execute it. Executing them still cost
about 80 ms a run (``asyncio`` alone 75 ms), so the main process's world is imported once more,
before the engine's memory snapshot (``prebuild``): every run starts from the snapshot's memory
(the engine resets the interpreter in place after each run), so each run finds that world
exactly as it was imported, and only puts it into ``sys.modules``. The one object of it that
belongs to a run is the main thread's handle, bound to the run's main thread (``bind_main``).
An interpreter that is not reset between runs (none of the engine's are) gets the world built
for its first run only, and fresh imports after that. Child processes import theirs afresh
from the code cache, as a spawned child does.

The C accelerator ``_asyncio`` is renewed with ``asyncio`` (a fresh import makes a fresh
module: its ``Task`` raises the run's own ``CancelledError`` and formats with the run's own
``base_futures``); the runtime observes its task steps on the loop (``aio``). ``_queue`` is the
runtime's own (``queue_shim.py``): the C ``SimpleQueue.get`` waits below Python, where a green
thread cannot.
"""

import importlib.abc
import importlib.machinery
import sys

from . import context, stdlib_patch
from .sched import loop_state
from .patches import REMOVE, Patch
from .seal_rules import SealedModule, seal_module

#: Top-level packages renewed for every run.
ROOTS = frozenset({
    "threading", "queue", "_queue", "concurrent", "asyncio", "_asyncio", "multiprocessing",
    "_multiprocessing",
    "_threading_local",
    "logging", "aiohttp", "requests", "aiofiles",
})
#: Standard modules replaced by the runtime's own (name -> file beside this one).
REPLACED = {"concurrent.futures.process": "mp_executor.py", "_queue": "queue_shim.py"}
#: Standard modules run with exact edits (``stdlib_patch``): name -> (file in the standard
#: library, edits). ``threading``: CPython 3.14.10's ``Condition.wait`` raises ``ValueError`` for a
#: NaN timeout (as the lock does); 3.14.2's, Pyodide's, took NaN for "do not block" and left every
#: caller that recomputes what is left of it (``Semaphore.acquire``, ``Event.wait``,
#: ``Queue.get``, ``wait_for``) polling without end, below the meter that would stop a learner's
#: own loop. The edit hands NaN to the lock, which raises. ``asyncio.tasks``: ``as_completed``
#: makes its tasks in the order of a set of the awaitables given, an order of addresses, which
#: differ between hosts (see ``stable_hash``); the edit makes them in the order given (duplicates
#: still once), which is also an order CPython may take.
EDITED = {
    "threading": ("threading.py", ((
        "                if timeout > 0:\n                    gotit = waiter.acquire(True, timeout)\n",
        "                if timeout > 0 or timeout != timeout:  # NaN: world.EDITED\n"
        "                    gotit = waiter.acquire(True, timeout)\n", 1),)),
    "asyncio.tasks": ("asyncio/tasks.py", ((
        "        todo = {ensure_future(aw, loop=loop) for aw in set(aws)}\n",
        "        todo = {ensure_future(aw, loop=loop) for aw in dict.fromkeys(aws)}  # world.EDITED\n",
        1),)),
}
#: Modules each simulated process has its own copy of, besides those under ROOTS.
#: (``random``: a child's is ``interpreter.process_random``, given when it starts)
PER_PROCESS = frozenset({"__main__", "__mp_main__", "atexit", "random"})
#: Top-level packages a trusted program asked, for this run, to be each process's own as well
#: (``private_root``): the yardstick's driver asks it for CPython's ``test`` package, which a
#: spawned child imports again, as CPython's spawned child does. Emptied when the run ends.
_private_roots: set[str] = set()

_code_cache = {}
#: module name -> its ``__cached__`` (see ``_Finder.find_spec``)
_cached_files: dict = {}

#: The main process's world imported before the snapshot: module name -> module (the world's
#: ``_thread`` and ``atexit`` included, which its modules bound and registered with).
_prebuilt: dict = {}
#: Whether a run took ``_prebuilt`` since the snapshot (a run changes it: a second one in the
#: same memory, without a reset, must import its own).
_prebuilt_taken = False


class _CodeLoader(importlib.abc.Loader):
    def __init__(self, code):
        self.code = code

    def create_module(self, spec):
        return SealedModule(spec.name)  # its imports of the runtime are not the program's to read

    def exec_module(self, module):
        exec(self.code, module.__dict__)
        seal_module(module)
        _imported(module.__name__)


class _RecordingLoader(importlib.abc.Loader):
    def __init__(self, inner, spec):
        self.inner = inner
        self.spec = spec

    def create_module(self, spec):
        return SealedModule(spec.name)

    def exec_module(self, module):
        name = self.spec.name  # the spec the module is being made from
        edited = EDITED.get(name)
        code = stdlib_patch.edited(*edited) if edited else self.inner.get_code(name)
        _code_cache[name] = (code, self.spec.origin, self.spec.submodule_search_locations)
        exec(code, module.__dict__)
        seal_module(module)
        _imported(name)

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
            # its __cached__, worked out once: importlib's path arithmetic for it was a sixth of
            # the cost of a child process's imports
            cached = _cached_files.get(name)
            if cached is None and origin is not None:
                cached = _cached_files[name] = spec.cached
            spec.cached = cached
            return spec
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if hasattr(spec.loader, "get_code") and spec.origin not in (None, "built-in"):
                    spec.loader = _RecordingLoader(spec.loader, spec)
                return spec
        return None


_finder = _Finder()


def when_imported(ctx, name, fn) -> None:
    """Call ``fn()`` once the running process has module ``name`` (one under ROOTS): now if it
    has, else as soon as it has imported it. A process that never imports ``asyncio`` never
    pays for importing it (75 ms in Pyodide)."""
    if name in sys.modules:
        fn()
    else:
        ctx.sched.current.proc.on_import.setdefault(name, []).append(fn)


def _imported(name) -> None:
    ctx = context.active()
    current = ctx.sched.current if ctx is not None else None
    if current is None:
        return
    for fn in current.proc.on_import.pop(name, ()):
        fn()


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
    root = name.partition(".")[0]
    return name in PER_PROCESS or root in ROOTS or root in _private_roots


def private_root(name: str) -> None:
    """Make package ``name`` each simulated process's own for the rest of this run: a child
    imports it afresh (its modules then see the child's ``threading``, ``multiprocessing``...)."""
    _private_roots.add(name)


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
    """A run's world: fresh concurrency modules over the runtime's ``_thread``, ``_queue`` and
    ``atexit``, with no event loop running. Undo restores what Pyodide itself relies on."""

    name = "fresh module world"
    #: The C accelerator's functions that hold the running loop (``sched.loop_state``), and the
    #: names of ``threading`` the runtime calls.
    requires = (
        "_asyncio._get_running_loop", "_asyncio._set_running_loop", "_asyncio._swap_current_task",
        "threading._PyRLock", "threading._shutdown",
        "threading._PyRLock.__init__:_owner", "threading._MainThread.__init__:_os_thread_handle",
        "threading._main_thread",
    )

    def __init__(self, fake_thread, fake_atexit):
        super().__init__()
        self.fake_thread = fake_thread
        self.fake_atexit = fake_atexit

    def apply(self, ctx):
        install_finder()
        purge()
        modules = sys.modules
        # Pyodide's own loop counts as running in the thread state the C ``_asyncio`` reads:
        # the program starts, as under CPython, with no loop running (back after the run).
        held = loop_state.park()
        if held is not None:
            self.later(lambda: loop_state.resume(held))
        world = _take_prebuilt()
        self.replace_item(modules, "_thread", world.pop("_thread", self.fake_thread))
        self.replace_item(modules, "atexit", world.pop("atexit", self.fake_atexit))
        self.replace_item(modules, "__main__", modules.get("__main__", REMOVE))
        modules.update(world)
        self.later(_private_roots.clear)
        self.later(purge)  # undone first: the run's modules go, then Pyodide's come back


def _take_prebuilt() -> dict:
    global _prebuilt_taken
    if _prebuilt_taken or not _prebuilt:
        return {}
    _prebuilt_taken = True
    return dict(_prebuilt)


def prebuild(imports) -> None:
    """Keep the world a run has after importing ``imports`` (called inside a run's set-up, with
    every patch a run applies in place, so the modules are what a run would import), for the
    next run to take. Called before the snapshot; the run it is called in must not run a program."""
    global _prebuilt_taken
    for name in imports:
        __import__(name)
    modules = sys.modules
    _prebuilt.clear()
    _prebuilt.update({name: module for name, module in modules.items()
                      if name.partition(".")[0] in ROOTS})
    _prebuilt["_thread"] = modules["_thread"]
    _prebuilt["atexit"] = modules["atexit"]
    _prebuilt_taken = False


def bind_main(main) -> None:
    """``threading``'s main thread, imported before the snapshot, is the run's main thread
    ``main`` (a ``sched.Green``): its ident and name are the same in every run, its handle is
    bound to the run's own green thread (``threading`` made it with ``_make_thread_handle``).
    ``WorldPatch.requires`` names the attributes."""
    threading = sys.modules.get("threading")
    handle = getattr(getattr(threading, "_main_thread", None), "_os_thread_handle", None)
    if handle is not None and handle.__il_green__ is not main:
        handle.__il_green__ = main
