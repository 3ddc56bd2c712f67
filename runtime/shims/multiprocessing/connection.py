"""``multiprocessing.Pipe``: two connected ends, each end's messages pickled on the way."""

import collections
import os
import threading
import time
import weakref

from interleave import procs
from interleave.procs import Shared


class _Channel:
    """One direction of a pipe: its messages (each ``(bytes, shared objects)`` as
    ``procs.dumps`` packs them) and the ``wait`` calls to tell when one arrives or it closes."""

    def __init__(self):
        self.items = collections.deque()
        self.cond = threading.Condition(threading.Lock())
        self.closed = False
        self.watchers = set()

    def changed(self):
        """Called with ``cond`` held after a message arrived or the writing end closed."""
        self.cond.notify_all()
        for watcher in list(self.watchers):
            watcher.notify()


class Connection(Shared):
    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._in = inbox
        self._out = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False
        #: pids of the processes holding this end (its maker, and each it was passed to) and
        #: of those that closed it or ended: the other end reads EOF once every holder has
        self._holders = set()
        self._closed_in = set()
        self.__il_arrived__()

    def __il_arrived__(self):
        """This end has reached the calling process (made here, or unpickled in a child)."""
        self.__il_passed__(procs.current_proc())

    def __il_passed__(self, proc):
        """Process ``proc`` holds this end from now on: a child given it when it was started
        holds it from that moment, as a child's copy of a file descriptor exists from then."""
        if proc.pid in self._holders:
            return
        self._holders.add(proc.pid)
        held = getattr(proc, "held_connections", None)
        if held is None:
            held = proc.held_connections = []
        held.append(weakref.ref(self))

    def _check(self, reading):
        if self._closed:
            raise OSError("handle is closed")
        if reading and not self._readable:
            raise OSError("connection is write-only")
        if not reading and not self._writable:
            raise OSError("connection is read-only")

    def _put(self, packed):
        with self._out.cond:
            self._out.items.append(packed)
            self._out.changed()

    def _take(self):
        """The next message, ``(bytes, shared objects)``, waiting for it; EOFError once the
        other end is closed and nothing is left."""
        with self._in.cond:
            while not self._in.items:
                if self._in.closed:
                    raise EOFError
                self._in.cond.wait()
            return self._in.items.popleft()

    def send(self, obj):
        self._check(False)
        self._put(procs.dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        """Send ``size`` bytes of ``buf`` from byte ``offset``, checked as CPython checks them."""
        self._check(False)
        view = memoryview(buf)
        if view.itemsize > 1:
            view = view.cast("B")
        length = view.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if length < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = length - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > length:
            raise ValueError("buffer length < offset + size")
        self._put((bytes(view[offset:offset + size]), []))

    def recv(self):
        self._check(True)
        return procs.loads(self._take())

    def recv_bytes(self, maxlength=None):
        """The next message's bytes (what ``send`` pickled, or what ``send_bytes`` sent)."""
        self._check(True)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._take()[0]
        if maxlength is not None and len(data) > maxlength:
            self._bad_message_length()
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Read the next message into ``buf`` at byte ``offset``; returns its length in bytes.
        A message too long for the room left raises ``BufferTooShort`` carrying it."""
        self._check(True)
        with memoryview(buf) as view:
            itemsize = view.itemsize
            room = itemsize * len(view)
            if offset < 0:
                raise ValueError("negative offset")
            if offset > room:
                raise ValueError("offset too large")
            data = self._take()[0]
            size = len(data)
            if room < offset + size:
                from . import BufferTooShort

                raise BufferTooShort(data)
            view.cast("B")[offset:offset + size] = data
            return size

    def _bad_message_length(self):
        # as CPython: a message longer than maxlength leaves the stream unreadable
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    def poll(self, timeout=0.0):
        """Whether ``recv`` would not block: a message is waiting, or the other end is closed
        (then ``recv`` raises EOFError), waiting up to ``timeout`` for that."""
        self._check(True)
        with self._in.cond:
            deadline = None if timeout is None else time.monotonic() + timeout
            while not (self._in.items or self._in.closed):
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._in.cond.wait(left)
            return bool(self._in.items) or self._in.closed

    def close(self):
        """Close this process's handle. The other end sees end-of-file once every process
        holding this end has closed it or ended, as with real file descriptors (the parent's
        copy of a writer it gave a child must be closed too)."""
        self._let_go(os.getpid())

    def _let_go(self, pid):
        if pid in self._closed_in:
            return
        self._closed_in.add(pid)
        if self._holders <= self._closed_in:
            with self._out.cond:
                self._out.closed = True
                self._out.changed()

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


def process_ended(proc):
    """Process ``proc`` has ended: its handles close, as the OS closes a process's files."""
    for ref in getattr(proc, "held_connections", ()):
        conn = ref()
        if conn is not None:
            conn._let_go(proc.pid)


def Pipe(duplex=True):
    a, b = _Channel(), _Channel()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, b, True, False), Connection(b, a, False, True)


class _Watcher:
    """What ``wait`` blocks on: a lock held until one of the objects it watches changes (a
    message arrives, a writing end closes, a process ends), so the wait wakes at that moment."""

    def __init__(self):
        self._lock = threading.Lock()
        self._lock.acquire()

    def notify(self):
        if self._lock.locked():
            self._lock.release()

    def wait(self, timeout):
        self._lock.acquire(timeout=-1 if timeout is None else max(timeout, 0))


def _watched(obj):
    """The set of watchers to join for ``obj``: a connection's incoming channel's, or the
    ended-process watchers of the process a sentinel stands for (None: nothing to watch)."""
    if isinstance(obj, Connection):
        return obj._in.watchers
    process = _process_of(obj)
    return None if process is None else process._exit_watchers


def _process_of(sentinel):
    from .process import _sentinels

    ref = _sentinels.get(sentinel) if isinstance(sentinel, int) else None
    return ref() if ref is not None else None


def _ready(obj):
    if isinstance(obj, Connection):
        return bool(obj._in.items) or obj._in.closed
    process = _process_of(obj)
    return process is not None and process.__il_proc__.exitcode is not None


def wait(object_list, timeout=None):
    """The objects of ``object_list`` that are ready: connections with something to read (or
    whose other end is closed) and process sentinels whose process has ended. Blocks until one
    is, or ``timeout`` has passed, woken by the change itself (CPython's select)."""
    objects = list(object_list)
    deadline = None if timeout is None else time.monotonic() + timeout
    watcher = _Watcher()
    # joined before the first look, so a change between the look and the wait is not missed
    watched = [w for w in (_watched(obj) for obj in objects) if w is not None]
    for watchers in watched:
        watchers.add(watcher)
    try:
        while True:
            found = [obj for obj in objects if _ready(obj)]
            left = None if deadline is None else deadline - time.monotonic()
            if found or (left is not None and left <= 0):
                return found
            watcher.wait(left)
    finally:
        for watchers in watched:
            watchers.discard(watcher)
