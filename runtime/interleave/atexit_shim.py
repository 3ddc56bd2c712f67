"""An ``atexit`` module for one run: the program's exit functions run when the program ends,
not when Pyodide (which never exits) would, and they never touch Pyodide's own."""

import sys
import types
from typing import Any


def module():
    callbacks = []
    m: Any = types.ModuleType("atexit")
    m.__doc__ = "allow programmer to define multiple exit functions to be executed upon normal program termination."

    def register(func, *args, **kwargs):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        callbacks.append((func, args, kwargs))
        return func

    def unregister(func):
        callbacks[:] = [c for c in callbacks if c[0] != func]

    def _run_exitfuncs():
        """Call the exit functions last-registered first; report errors as CPython does."""
        while callbacks:
            func, args, kwargs = callbacks.pop()
            try:
                func(*args, **kwargs)
            except SystemExit:
                pass
            except BaseException as exc:
                print(f"Exception ignored in atexit callback {func!r}:", file=sys.stderr)
                import traceback

                traceback.print_exception(exc, file=sys.stderr)

    m.register = register
    m.unregister = unregister
    m._run_exitfuncs = _run_exitfuncs
    m._clear = callbacks.clear
    m._ncallbacks = lambda: len(callbacks)
    m.__il_callbacks__ = callbacks  # read by program_end (a name programs may not use: seal_rules)
    return m
