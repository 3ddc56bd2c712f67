"""``multiprocessing.Queue``, ``JoinableQueue`` and ``SimpleQueue`` between simulated processes.

Items are pickled when put and unpickled when got, so the receiver gets a copy. For a
``Queue``, something that cannot be pickled goes to ``_on_queue_feeder_error(e, obj)`` as in
CPython's feeder thread (by default a traceback on stderr; the item is lost); a ``SimpleQueue``
pickles in ``put`` and raises there, as CPython's, and is a pipe (its ``_reader`` and
``_writer`` are the pipe's ends, so ``connection.wait`` can watch it).
"""

import collections
import sys
import threading
import time
import traceback

from interleave import procs
from interleave.procs import Shared

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]



def _queue_module():
    """The ``queue`` module of the process calling: its Empty/Full are the ones it catches."""
    import queue

    return queue


class Queue(Shared):
    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 2**31 - 1
        self._items = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._closed = False
        self._used = False  # a put started the feeder thread, whose end closes the reading end

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._used = True
        try:
            packed = procs.dumps(obj)
        except Exception as exc:
            self._on_queue_feeder_error(exc, obj)
            return
        with self._cond:
            if not self._wait(lambda: len(self._items) < self._maxsize, block, timeout):
                raise _queue_module().Full
            self._items.append(packed)
            self._cond.notify_all()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        with self._cond:
            if not self._wait(lambda: self._items, block, timeout):
                raise _queue_module().Empty
            packed = self._items.popleft()
            self._cond.notify_all()
        return procs.loads(packed)

    def _wait(self, ready, block, timeout):
        if ready():
            return True
        if not block:
            return False
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        deadline = None if timeout is None else time.monotonic() + timeout
        while not ready():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            self._cond.wait(left)
        return True

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        """Called with the error and the object that could not be pickled; a subclass may
        override it (CPython's hook). By default the error's traceback goes to stderr."""
        sys.stderr.write("Traceback (most recent call last):\n")
        traceback.print_exception(e, limit=0)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return len(self._items)

    def empty(self):
        if self._closed and self._used:
            raise OSError("handle is closed")  # CPython polls the reading end, closed by now
        return not self._items

    def full(self):
        return len(self._items) >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize)
        self._unfinished = 0

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            self._unfinished += 1
        super().put(obj, block, timeout)

    def task_done(self):
        with self._cond:
            if self._unfinished <= 0:
                raise ValueError("task_done() called too many times")
            self._unfinished -= 1
            self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished:
                self._cond.wait()


class SimpleQueue(Shared):
    """A pipe with ``put`` and ``get``: ``put`` pickles at once (and raises what pickling
    raises); ``close`` closes both ends, after which every method raises OSError."""

    def __init__(self, *, ctx=None):
        from .connection import Pipe

        self._reader, self._writer = Pipe(duplex=False)

    def put(self, obj):
        self._writer.send(obj)

    def get(self):
        return self._reader.recv()

    def empty(self):
        return not self._reader.poll()

    def close(self):
        self._reader.close()
        self._writer.close()
