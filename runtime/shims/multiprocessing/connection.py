"""``multiprocessing.Pipe``: two connected ends, each end's messages pickled on the way."""

import collections
import os
import threading
import time
import weakref

from interleave import procs
from interleave.procs import Shared

#: CPython's public names. ``Listener`` and ``Client`` (connections by address within the run) are
#: ``listener.py``'s, which imports this module: served by the module's ``__getattr__``.
__all__ = ["Client", "Listener", "Pipe", "wait"]  # noqa: F822 (served by __getattr__)


def __getattr__(name):
    if name in ("Listener", "Client"):
        from . import listener

        return getattr(listener, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Channel:
    """One direction of a pipe: its messages (each ``(bytes, shared objects)`` as
    ``procs.dumps`` packs them) and the ``wait`` calls to tell when one arrives or it closes."""

    def __init__(self):
        self.items = collections.deque()
        self.cond = threading.Condition(threading.Lock())
        self.closed = False
        self.watchers = {}  # as Process._exit_watchers: woken in the order they began

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
    """The watchers (a dict used as an ordered set) to join for ``obj``: a connection's incoming channel's, or the
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
        watchers[watcher] = None
    try:
        while True:
            found = [obj for obj in objects if _ready(obj)]
            left = None if deadline is None else deadline - time.monotonic()
            if found or (left is not None and left <= 0):
                return found
            watcher.wait(left)
    finally:
        for watchers in watched:
            watchers.pop(watcher, None)


# The handshake CPython's Listener and Client run over a connection (HMAC of a random challenge
# with the shared authkey). There are no sockets here for a Listener, but the functions work
# over any connection, a Pipe's included, as CPython's do.
MESSAGE_LENGTH = 40
_CHALLENGE = b"#CHALLENGE#"
_WELCOME = b"#WELCOME#"
_FAILURE = b"#FAILURE#"
#: A legacy (3.11 and older) challenge's or HMAC-MD5 response's length: no "{digest}" prefix.
_LEGACY_LENGTHS = (20, 16)
_ALLOWED_DIGESTS = frozenset({b"md5", b"sha256", b"sha384", b"sha3_256", b"sha3_384"})
_MAX_DIGEST_LEN = max(len(name) for name in _ALLOWED_DIGESTS)


def _authentication_error(text):
    from . import AuthenticationError

    return AuthenticationError(text)


def _get_digest_name_and_payload(message):
    """(digest name, payload) of a challenge or response; the name is "" for a legacy one."""
    if len(message) in _LEGACY_LENGTHS:
        return "", message
    if message.startswith(b"{"):
        end = message.find(b"}", 1, _MAX_DIGEST_LEN + 2)
        if end > 0 and message[1:end] in _ALLOWED_DIGESTS:
            return message[1:end].decode("ascii"), message[end + 1:]
    raise _authentication_error("unsupported message length, missing digest prefix, "
                                f"or unsupported digest: {message=}")


def _create_response(authkey, message):
    """The HMAC of ``message`` with ``authkey``: raw HMAC-MD5 for a legacy challenge, else
    prefixed with the digest's name, e.g. b"{sha256}..." (the MAC covers the prefix too)."""
    import hmac

    digest_name = _get_digest_name_and_payload(message)[0]
    if not digest_name:
        return hmac.new(authkey, message, "md5").digest()
    return b"{%s}%s" % (digest_name.encode("ascii"), hmac.new(authkey, message, digest_name).digest())


def _verify_challenge(authkey, message, response):
    """Raise AuthenticationError unless ``response`` is the HMAC of ``message``."""
    import hmac

    digest_name, mac = _get_digest_name_and_payload(response)
    digest_name = digest_name or "md5"
    try:
        expected = hmac.new(authkey, message, digest_name).digest()
    except ValueError:
        raise _authentication_error(f"response_digest={digest_name!r} unsupported") from None
    if len(expected) != len(mac):
        raise _authentication_error(f"expected {digest_name!r} of length {len(expected)} "
                                    f"got {len(mac)}")
    if not hmac.compare_digest(expected, mac):
        raise _authentication_error("digest received was wrong")


def _check_authkey(authkey):
    if not isinstance(authkey, bytes):
        raise ValueError(f"Authkey must be bytes, not {type(authkey)!s}")


_challenges = None


def deliver_challenge(connection, authkey, digest_name="sha256"):
    """Send a challenge and check the answer (the listening side)."""
    global _challenges
    if _challenges is None:
        import random

        _challenges = random.Random(0)
    _check_authkey(authkey)
    # drawn from a seeded generator of its own, so a run is repeatable (CPython: os.urandom) and
    # the program's `random` stream is left alone (a manager's every connection runs this)
    message = b"{%s}%s" % (digest_name.encode("ascii"), _challenges.randbytes(MESSAGE_LENGTH))
    connection.send_bytes(_CHALLENGE + message)
    response = connection.recv_bytes(256)
    try:
        _verify_challenge(authkey, message, response)
    except Exception:
        connection.send_bytes(_FAILURE)
        raise
    connection.send_bytes(_WELCOME)


def answer_challenge(connection, authkey):
    """Answer a challenge (the connecting side)."""
    _check_authkey(authkey)
    message = connection.recv_bytes(256)
    if not message.startswith(_CHALLENGE):
        raise _authentication_error(f"Protocol error, expected challenge: {message=}")
    message = message[len(_CHALLENGE):]
    if len(message) < _LEGACY_LENGTHS[0]:
        raise _authentication_error(f"challenge too short: {len(message)} bytes")
    connection.send_bytes(_create_response(authkey, message))
    if connection.recv_bytes(256) != _WELCOME:
        raise _authentication_error("digest sent was rejected")
