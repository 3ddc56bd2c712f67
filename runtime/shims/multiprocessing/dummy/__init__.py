"""``multiprocessing.dummy``: the ``multiprocessing`` API over threads of the calling process.

As CPython's: ``Process`` is a thread with a process's ``exitcode``, ``current_process`` is
``threading.current_thread``, the locks and queues are ``threading``'s and ``queue``'s, ``Pool``
is a ``ThreadPool`` and ``Manager()`` returns this module (its ``dict``, ``list``, ``Namespace``,
``Value`` and ``Array`` are plain objects shared by reference).
"""

import array
import sys
import threading
import weakref
from queue import Queue
from threading import (
    Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore,
)

from .connection import Pipe

__all__ = [
    "Process", "current_process", "active_children", "freeze_support", "Lock", "RLock",
    "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier", "Queue", "Manager", "Pipe",
    "Pool", "JoinableQueue",
]

current_process = threading.current_thread


def _children_of(thread):
    # every thread that starts a DummyProcess keeps its children, as a process keeps its own
    children = getattr(thread, "_children", None)
    if children is None:
        children = thread._children = weakref.WeakKeyDictionary()
    return children


class DummyProcess(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        threading.Thread.__init__(self, group, target, name, args, kwargs or {}, daemon=daemon)
        self._pid = None
        self._children = weakref.WeakKeyDictionary()
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError(
                f"Parent is {self._parent!r} but current_process is {current_process()!r}")
        self._start_called = True
        _children_of(self._parent)[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        # a thread has no exit status: 0 once it has run to its end, None before
        return 0 if self._start_called and not self.is_alive() else None


Process = DummyProcess


def active_children():
    children = _children_of(current_process())
    for child in list(children):
        if not child.is_alive():
            children.pop(child, None)
    return list(children)


def freeze_support():
    pass


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted(item for item in self.__dict__.items() if not item[0].startswith("_"))
        return f"Namespace({', '.join(f'{name}={value!r}' for name, value in items)})"


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return f"<{type(self).__name__}({self._typecode!r}, {self._value!r})>"


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from ..pool import ThreadPool

    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue
