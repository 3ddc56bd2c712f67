"""``_thread._local`` (what ``threading.local`` is) on green threads.

Each thread's values live in a dict of their own, swapped in as the instance's ``__dict__`` before
every access, and dropped when the thread ends (``release``), as CPython drops them with the
thread's state.
"""

import weakref

from . import context


class _local:
    """``_thread._local``: attributes seen only by the thread that set them.

    Each thread gets its own ``__dict__``, swapped in before every attribute access. A green
    thread can only be switched at a line of learner code or a blocking call, never between the
    swap and the access, so no lock is needed. A subclass's ``__init__`` runs once per thread,
    on that thread's first access, with the constructor's arguments.
    """

    __slots__ = ("_local__impl", "__dict__", "__weakref__")

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__impl", ({}, args, kw))
        _all.add(self)
        return self

    def __getattribute__(self, name):
        _local_dict(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        _local_dict(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        _local_dict(self)
        object.__delattr__(self, name)


#: Every live ``_local``, so that a thread's values in each can go when it ends.
_all: weakref.WeakSet[_local] = weakref.WeakSet()


def release():
    """Drop the ending thread's values of every ``threading.local``, as CPython does when it
    clears the thread's state, before a ``join`` sees the thread end: a value's ``__del__`` runs
    and weak references to it die (``threading`` relies on it to take a ``_DummyThread``, made by
    ``current_thread()`` in a ``_thread.start_new_thread`` thread, out of ``threading._active``)."""
    ctx = context.active()
    if ctx is None:
        return
    key = ctx.sched.current.id
    for loc in list(_all):
        d = object.__getattribute__(loc, "_local__impl")[0].pop(key, None)
        if d is not None and object.__getattribute__(loc, "__dict__") is d:
            object.__setattr__(loc, "__dict__", {})  # the next access swaps in its thread's own
        d = None


def _local_dict(self):
    dicts, args, kw = object.__getattribute__(self, "_local__impl")
    ctx = context.active()
    key = ctx.sched.current.id if ctx is not None else 0
    d = dicts.get(key)
    if d is not None:
        object.__setattr__(self, "__dict__", d)
        return
    d = dicts[key] = {}
    object.__setattr__(self, "__dict__", d)
    init = type(self).__init__
    if init is not object.__init__:
        init(self, *args, **kw)
