"""The running event loop and task a green thread starts with: none.

The C accelerator ``_asyncio`` keeps the running loop and the running task in the
interpreter's thread state. Pyodide gives every suspended Python stack (so every green thread)
its own thread state and hands the code that goes on after a suspension a fresh one, whose
running loop it sets to the loop asyncio answers at that moment (Pyodide's own loop, even while
a run's world is in place). So a new green thread, and the main thread at the start of a run,
would find a loop "running": ``asyncio.run`` would refuse to start. Both take it out first.
"""

from typing import Any

_c: Any = None
try:
    import _asyncio

    if hasattr(_asyncio, "_swap_current_task"):  # 3.14's: the loop and task in the thread state
        _c = _asyncio
except ImportError:  # a Python without it
    pass


def park():
    """Take the running loop and task out of this thread's state: ``(loop, task)`` or None."""
    if _c is None:
        return None
    loop = _c._get_running_loop()
    if loop is None:
        return None
    task = _c._swap_current_task(loop, None)
    _c._set_running_loop(None)
    return loop, task


def resume(held) -> None:
    """Put back what ``park`` took."""
    loop, task = held
    _c._set_running_loop(loop)
    if task is not None:
        _c._swap_current_task(loop, task)
