"""The asyncio task registry's guard: ``_register_task`` cannot leave a freed C task in the C
module's list of tasks (see ``guard_register_task``)."""

# pyright: reportAttributeAccessIssue=false
# (asyncio's private names: listed in aio.AsyncioPatch.requires, checked when the engine starts)

import sys

from .patches import builtin


def guard_register_task(patch, tasks):
    """``_register_task`` that cannot leave a freed task in the C module's list.

    Pyodide's 3.14.2 ``TaskObj_dealloc`` takes the task out of its thread state's list, then runs
    the finalizer, which reports a pending task to ``loop.call_exception_handler``. A handler
    that registers the task again (``asyncio._register_task(context["task"])``) links it back,
    and the memory is freed while linked: the next ``all_tasks()`` reads freed memory
    (``SystemError: Type does not define the tp_name field``, or the interpreter dies). CPython
    fixed it in 3.14.3 (gh-142556: the dealloc unregisters after the finalizer). Here a C task
    given to ``_register_task`` is held until a safe point (the next call, the loop's next turn,
    the run's end): the dealloc finds it resurrected and frees nothing; when it is let go, the
    dealloc runs again, takes it out of the list and frees it. Returns the list of held tasks."""
    import _asyncio

    c_register = tasks._c_register_task
    c_task = _asyncio.Task
    held: list = []

    def register(task):
        held.clear()  # each call is a safe point too
        c_register(task)
        if isinstance(task, c_task):
            held.append(task)

    _register_task = builtin(register, "_asyncio", "_register_task")
    for mod, name in ((_asyncio, "_register_task"), (tasks, "_register_task"),
                      (tasks, "_c_register_task")):
        patch.replace(mod, name, _register_task)
    asyncio = sys.modules["asyncio"]
    if getattr(asyncio, "_register_task", None) is c_register:
        patch.replace(asyncio, "_register_task", _register_task)
    patch.later(held.clear)
    return held
