"""Hashes that do not depend on addresses, for the concurrency objects programs keep in sets.

CPython hashes an object that does not define ``__hash__`` by its address, and a set iterates in
hash order: the threads a ``ThreadPoolExecutor`` joins at shutdown, the futures
``concurrent.futures.wait`` and ``as_completed`` go through, the tasks of ``asyncio.wait``'s done
set, of ``all_tasks()``, of a ``TaskGroup`` that cancels its others, the tasks ``asyncio.run``
cancels when the program leaves some. Which thread is joined first, which task is cancelled or
printed first, follows where the objects happen to be in memory. CPython gives the same order on
every run of one machine; here the memory differs between hosts (the page restores a snapshot
made in Chromium, the CLI one made in Node) and after any change to the runtime's allocations,
and the same program and seed must run the same everywhere. So these objects hash by a number a
per-process counter gives each when it is first hashed, kept on the object: an order any host
reproduces (small sets iterate in the order their objects were first hashed). Equality stays
identity, as CPython's; a program's subclass that defines ``__eq__`` without ``__hash__`` is
unhashable, as in CPython.

Still hashed by address, so ordered differently on two hosts when a program iterates a set of
them: objects of the program's own classes (CPython's ``object.__hash__``, which the runtime
cannot change without changing every object), and asyncio futures that are not tasks
(``loop.create_future()``, ``run_in_executor``'s: see ``aio``).
"""

import itertools
import sys

from .patches import Patch

#: The attribute each object keeps its number in: a name no program uses.
KEY = "__il_hash__"


def dict_hash(counter):
    """A ``__hash__`` for a class whose instances have a ``__dict__``."""

    def __hash__(self):
        d = self.__dict__
        h = d.get(KEY)
        if h is None:
            h = d[KEY] = next(counter)
        return h

    return __hash__


def slot_type(base, counter):
    """A subclass of C type ``base`` (``_asyncio.Task``) whose instances hash by ``counter``,
    named and shown as ``base`` (``type(task)`` prints ``<class '_asyncio.Task'>``)."""

    def __hash__(self):
        try:
            return self.__il_hash__
        except AttributeError:
            h = self.__il_hash__ = next(counter)
            return h

    cls = type(base.__name__, (base,), {"__slots__": (KEY,), "__hash__": __hash__,
                                        "__module__": base.__module__,
                                        "__doc__": base.__doc__})
    cls.__qualname__ = base.__qualname__
    return cls


def counter():
    """A process's numbers, from 1 (``hash`` never answers -1)."""
    return itertools.count(1)


class ClassHashes(Patch):
    """Instances of ``module.cls`` (a Python class) hash by a counter of the process's."""

    module = cls = ""

    def apply(self, ctx):
        self.replace(getattr(sys.modules[self.module], self.cls), "__hash__",
                     dict_hash(counter()))


class ThreadHashes(ClassHashes):
    """Threads (a ``ThreadPoolExecutor``'s set of them, joined in its order at shutdown)."""

    name = "threads hashed in order"
    module, cls = "threading", "Thread"
    requires = ("threading.Thread",)


class FutureHashes(ClassHashes):
    """``concurrent.futures`` futures (``wait``'s sets, ``as_completed``'s)."""

    name = "futures hashed in order"
    module, cls = "concurrent.futures._base", "Future"
    requires = ("concurrent.futures._base.Future",)
