"""``multiprocessing.Pipe``: two connected ends, each end's messages pickled on the way."""

import collections
import os
import threading
import time

from interleave import procs
from interleave.procs import Shared


class _Channel:
    def __init__(self):
        self.items = collections.deque()
        self.cond = threading.Condition(threading.Lock())
        self.closed = False


class Connection(Shared):
    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._in = inbox
        self._out = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._creator = os.getpid()
        self._closed_in = set()

    def _check(self, reading):
        if self._closed:
            raise OSError("handle is closed")
        if reading and not self._readable:
            raise OSError("connection is write-only")
        if not reading and not self._writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check(False)
        packed = procs.dumps(obj)
        with self._out.cond:
            self._out.items.append(packed)
            self._out.cond.notify_all()

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(memoryview(buf)[offset:None if size is None else offset + size])
        self.send(data)

    def recv(self):
        self._check(True)
        with self._in.cond:
            while not self._in.items:
                if self._in.closed:
                    raise EOFError
                self._in.cond.wait()
            packed = self._in.items.popleft()
        return procs.loads(packed)

    def recv_bytes(self, maxlength=None):
        return self.recv()

    def poll(self, timeout=0.0):
        self._check(True)
        with self._in.cond:
            if self._in.items or timeout == 0:
                return bool(self._in.items)
            deadline = None if timeout is None else time.monotonic() + timeout
            while not self._in.items and not self._in.closed:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._in.cond.wait(left)
            return bool(self._in.items)

    def close(self):
        """Close this process's handle. The other end sees end-of-file only once the process
        that created the pipe has closed its handle too (a child's copy alone is not enough,
        as with real file descriptors)."""
        pid = os.getpid()
        if pid in self._closed_in:
            return
        self._closed_in.add(pid)
        if self._creator in self._closed_in:
            with self._out.cond:
                self._out.closed = True
                self._out.cond.notify_all()

    @property
    def _closed(self):
        return os.getpid() in self._closed_in

    @_closed.setter
    def _closed(self, value):
        pass

    @property
    def closed(self):
        return self._closed

    readable = property(lambda self: self._readable)
    writable = property(lambda self: self._writable)

    def fileno(self):
        return id(self) & 0xFFFF

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = _Channel(), _Channel()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, b, True, False), Connection(b, a, False, True)


def wait(object_list, timeout=None):
    """The objects of ``object_list`` that are ready: connections with something to read (or
    whose other end is closed) and process sentinels whose process has ended. Polls them on the
    virtual clock every millisecond until one is, or ``timeout`` has passed."""
    from .process import _sentinels

    def ready(obj):
        if isinstance(obj, Connection):
            return bool(obj._in.items) or obj._in.closed
        ref = _sentinels.get(obj) if isinstance(obj, int) else None
        process = ref() if ref is not None else None
        return process is not None and process.__il_proc__.exitcode is not None

    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        found = [obj for obj in object_list if ready(obj)]
        if found or (deadline is not None and time.monotonic() >= deadline):
            return found
        time.sleep(0.001)
