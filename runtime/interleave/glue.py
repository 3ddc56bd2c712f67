"""Stack switching between green threads, through WebAssembly JSPI.

Every green thread runs on its own Python stack, entered from JavaScript with
``callPromising`` (see ``spawn``). A green thread suspends by waiting on a JavaScript promise
that the scheduler resolves when it is that thread's turn again (``Parker``).

Pyodide's ``run_sync`` first wraps its argument with ``asyncio.ensure_future``, which turns a
JavaScript promise into a Pyodide future and back, costing one trip through the browser's task
queue (250-600 us). Handing it the raw promise instead costs 30-50 us. ``run_sync`` looks
``ensure_future`` up on the asyncio module it imported at start-up, so wrapping that one
function lets exactly our own promises through untouched.

Without JSPI (older browsers) nothing here can suspend: ``available()`` is False and the
scheduler refuses to start a second thread, while asyncio-only programs still run.
"""

import asyncio as _pyodide_asyncio  # the module Pyodide's C code holds (see above)
from typing import Any

try:
    from pyodide.ffi import can_run_sync, create_proxy, run_sync  # pyright: ignore[reportMissingImports]
except ImportError:  # plain CPython, e.g. unit tests of pure modules
    create_proxy = run_sync = can_run_sync = None

from .patches import Patch

_helpers: Any = None  # JavaScript object with spawn(fn), parkers(n) and wake(promise) (see Parker)
_wake: Any = None  # _helpers.wake, looked up once
_direct = None  # the promise run_sync may pass through untouched


class EnsureFuture(Patch):
    """Pyodide's own ``asyncio.ensure_future`` lets the parker's promise through untouched.
    Applied once, for the engine's lifetime (Pyodide's asyncio is never renewed)."""

    name = "stack switching"
    requires = ("asyncio.ensure_future", "pyodide.ffi.run_sync", "pyodide.ffi.can_run_sync",
                "pyodide.ffi.create_proxy")

    def apply(self, ctx):
        orig: Any = _pyodide_asyncio.ensure_future

        def ensure_future(obj, *, loop=None):
            if obj is _direct and obj is not None:
                return obj
            return orig(obj, loop=loop)

        self.replace(_pyodide_asyncio, "ensure_future", ensure_future)


_ensure_future = EnsureFuture()


def install(helpers) -> None:
    """Called once by the engine with its JavaScript helpers."""
    global _helpers, _wake
    _helpers = helpers
    _wake = helpers.wake
    if not _ensure_future._undo:
        _ensure_future.apply(None)


def heap_limit_mb() -> int:
    """The run's memory cap in MB if the engine refused this run memory past it, else 0."""
    try:
        return int(_helpers.heapRefusedMB()) if _helpers is not None else 0
    except AttributeError:  # a host without the heap guard
        return 0


def available() -> bool:
    """Whether green threads can suspend here (JSPI present and entered through callPromising)."""
    if _helpers is None or can_run_sync is None:
        return False
    try:
        return bool(_helpers.jspi) and can_run_sync()
    except Exception:
        return False


#: Promises made ahead for the next parkers (see Parker), taken from the end.
_spare: list = []
#: Promises the next refill of ``_spare`` makes: doubling from a few, so that a run with one
#: thread makes few it does not use, and a run with thousands of switches crosses into
#: JavaScript rarely.
_FIRST_BATCH, _MAX_BATCH = 4, 256
_batch = _FIRST_BATCH


class Parker:
    """A one-shot wake-up: ``wait()`` suspends this stack until someone calls ``wake()``.

    Create it *before* handing control elsewhere; a wake that comes before the wait makes the
    wait return at once, because the promise is already resolved.
    """

    __slots__ = ("_promise",)

    def __init__(self):
        # one per stack switch: fetching each promise alone crossed into
        # JavaScript twice and was the dearest part of a switch's Python after the switch itself
        global _batch
        if not _spare:
            _spare.extend(_helpers.parkers(_batch).to_py(depth=1))
            _batch = min(2 * _batch, _MAX_BATCH)
        self._promise = _spare.pop()  # the engine keeps its resolver (see wake)

    def wake(self) -> None:
        _wake(self._promise)

    def wait(self) -> None:
        global _direct
        _direct = self._promise
        try:
            run_sync(self._promise)  # pyright: ignore[reportOptionalCall]
        finally:
            _direct = None


def release_spare() -> None:
    """Let go of the promises made ahead, at the end of a run: the interpreter's memory is reset
    after it, and a proxy dropped by the reset would keep its promise alive in JavaScript."""
    global _batch
    _spare.clear()
    _batch = _FIRST_BATCH


def spawn(body) -> None:
    """Start ``body()`` on a new stack. It starts running the next time this stack suspends."""
    proxy = create_proxy(body)  # pyright: ignore[reportOptionalCall]
    _helpers.spawn(proxy)
