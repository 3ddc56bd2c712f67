"""Futures and tasks shown as CPython shows them, without the runtime's own callbacks.

The runtime puts a done callback on every task (``aio``: its end on the timeline) and runs
asyncio's pure-Python ``Task``, whose wake-up is ``Task.__wakeup``. ``print(task)`` would show
both (``cb=[_setup.<locals>...() at /interleave-rt/interleave/aio.py:196]``,
``cb=[Task.__wakeup()]``); CPython shows neither, and names the C task's ``Task.task_wakeup()``.
"""

# pyright: reportAttributeAccessIssue=false

import os

from .patches import Patch

#: Callbacks whose code lives below this folder are the runtime's, not shown.
_RUNTIME = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _shown(callback):
    code = getattr(callback, "__code__", None)
    return code is None or not code.co_filename.startswith(_RUNTIME)


class TaskRepr(Patch):
    name = "task repr"
    requires = ("asyncio.base_futures._future_repr_info",
                "asyncio.futures._PyFuture.__init__:_callbacks")

    def apply(self, ctx):
        import asyncio.base_futures as base_futures

        original = base_futures._future_repr_info

        def _future_repr_info(future):
            callbacks = getattr(future, "_callbacks", None)
            if not callbacks:
                return original(future)
            shown = [entry for entry in callbacks if _shown(entry[0])]
            future._callbacks = shown
            try:
                info = original(future)
            finally:
                future._callbacks = callbacks
            return [part.replace("Task.__wakeup()", "Task.task_wakeup()") for part in info]

        self.replace(base_futures, "_future_repr_info", _future_repr_info)
