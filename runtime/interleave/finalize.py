"""The main module's end, as CPython's interpreter ends it at exit.

After the exit functions have run, CPython clears each module's globals (first the names that
start with one underscore, then the others, ``__builtins__`` last): objects only they held are
freed then, their ``__del__`` runs, and a coroutine that was created but never awaited is
reported as it is freed. No Python frame is running by then, so the warning is placed at
``sys:1`` with no source line under it::

    sys:1: RuntimeWarning: coroutine 'fetch' was never awaited

A coroutine dropped while the program runs is reported by CPython itself, at the line that
dropped it, with that line under the warning.
"""

import sys
import warnings


def _warner(registry):
    """``warnings._warn_unawaited_coroutine`` at exit: one warning per coroutine name at
    ``sys:1`` (the default filter shows a message once per place)."""

    def warn_at_exit(coro):
        qualname = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", "?")
        warnings.warn_explicit(f"coroutine '{qualname}' was never awaited", RuntimeWarning,
                               "sys", 1, module="sys", registry=registry)

    return warn_at_exit


def clear_main():
    """Clear the ``__main__`` module's globals as CPython does when the interpreter exits."""
    module = sys.modules.get("__main__")
    if module is None:
        return
    names = vars(module)
    hook = getattr(warnings, "_warn_unawaited_coroutine", None)
    warnings._warn_unawaited_coroutine = _warner({})  # pyright: ignore[reportAttributeAccessIssue]
    try:
        for first in (True, False):
            for name in list(names):
                if name == "__builtins__" or name.startswith("__"):
                    continue
                if name.startswith("_") == first:
                    names[name] = None
    finally:
        if hook is not None:
            warnings._warn_unawaited_coroutine = hook  # pyright: ignore[reportAttributeAccessIssue]
