"""``_queue`` on green threads: the C module's ``SimpleQueue`` and ``Empty``.

CPython's ``queue.SimpleQueue`` is ``_queue.SimpleQueue``, a C type whose ``get`` waits on a
lock of its own, below Python: on Pyodide's one OS thread such a wait never ends (it would
freeze the tab), so the C module cannot run here. This module stands in for it (``world``
serves it as ``_queue``), with the C type's behaviour, which differs from the pure-Python
``queue._PySimpleQueue``: ``put`` takes no lock (it may be called again from a ``__del__`` or a
signal handler in the middle of another ``put``), a non-blocking ``get`` ignores ``timeout``, a
blocked ``get`` waits on a lock of its own that ``put`` releases, the first waiter first.
Names and messages are the C module's.
"""

import time
import types
from collections import deque

import _thread


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


Empty.__module__ = "_queue"


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    __slots__ = ("_items", "_waiters", "__weakref__")

    def __init__(self):
        self._items = deque()
        self._waiters = deque()  # one locked lock per blocked get, released by a put

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue.

        The optional 'block' and 'timeout' arguments are ignored, as this method
        never blocks.  They are provided for compatibility with the Queue class."""
        self._items.append(item)
        if self._waiters:
            self._waiters.popleft().release()

    def put_nowait(self, item):
        """Put an item into the queue without blocking.

        This is exactly equivalent to `put(item, block=False)` and is only provided
        for compatibility with the Queue class."""
        self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until an item is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Empty exception if no item was available within that time.
        Otherwise ('block' is false), return an item if one is immediately
        available, else raise the Empty exception ('timeout' is ignored
        in that case)."""
        deadline = None
        if block and timeout is not None:  # checked first, as the C type does
            if timeout != timeout:
                raise ValueError("Invalid value NaN (not a number)")
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            deadline = time.monotonic() + timeout
        if self._items:
            return self._items.popleft()
        if not block:
            raise Empty
        waiter = _thread.allocate_lock()
        waiter.acquire()
        while not self._items:
            self._waiters.append(waiter)
            if deadline is None:
                waiter.acquire()
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not waiter.acquire(True, remaining):
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                if not self._items:
                    raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """Remove and return an item from the queue without blocking.

        Only get an item if one is immediately available. Otherwise
        raise the Empty exception."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return not self._items

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._items)

    def __reduce__(self):
        raise TypeError("cannot pickle '_queue.SimpleQueue' object")

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = "_queue"
