"""``Listener`` and ``Client`` for the manager: connections by address within the run.

CPython's manager server listens on a socket (a Unix path by default, or a ``(host, port)``) and
every proxy connects to it. A browser tab has no sockets, so here an address is a name in the
run's world (``RunContext.listeners``), open to every simulated process: ``Client(address)`` makes
a pipe and hands one end to the listener, which ``accept`` returns. Addresses are drawn from the
run's seed (a repeatable run), in CPython's shapes: ``/tmp/pymp-xxxxxxxx/listener-xxxxxxxx``, and
``('127.0.0.1', port)`` for a TCP address given port 0. When the listening process ends, as the OS
closes its sockets, the listener goes (a later ``Client`` is refused) and the clients of the
connections it accepted read end-of-file.

Connections authenticate with ``connection.deliver_challenge``/``answer_challenge`` (CPython's
handshake). The manager uses this module, and ``multiprocessing.connection`` offers its
``Listener`` and ``Client`` as its own (the yardstick still skips CPython's tests of them: they
open real sockets).
"""

import collections
import errno
import hashlib
import os
import threading

from interleave import context, procs

from . import connection, reduction, util
# the manager reads a starting server's address over a Pipe, and authenticates with CPython's handshake
from .connection import Pipe, answer_challenge, deliver_challenge  # noqa: F401

#: Virtual seconds a manager's server spends setting itself up before it reports its address, beyond
#: the child's start (``procs.START_COSTS``): its imports (``multiprocessing.managers`` with the pool,
#: connection and shared-memory modules), its listening socket and first accept. An earlier session
#: measured ``Manager()`` under CPython 3.11's fork at 60 ms in all (``corpus_mp/m15_manager``: 79 ms
#: with three children, 3 ms of it the child's start); with forkserver, the default now, CPython
#: takes 58 ms more (137 ms), which the fork server's and the child's start account for.
SERVER_SETUP = 0.057

def _table():
    return context.current().listeners


def _drawn(kind):
    """Eight hex digits from the run's seed, new for each name drawn in the run."""
    ctx = context.current()
    n = len(ctx.listeners)
    while True:
        digest = hashlib.sha256(f"{ctx.seed}:{kind}:{n}".encode()).hexdigest()[:8]
        if all(digest not in str(a) for a in ctx.listeners):
            return digest
        n += 1


def _normal(address):
    if not isinstance(address, (str, tuple)):  # CPython's connection.address_type
        raise ValueError(f"address type of {address!r} unrecognized")
    if isinstance(address, tuple) and len(address) == 2:
        host, port = address
        return ({"localhost": "127.0.0.1", "": "0.0.0.0"}.get(host, host), port)
    return address


def _bind(address):
    table = _table()
    if address is None:
        address = f"/tmp/pymp-{_drawn('dir')}/listener-{_drawn('listener')}"
    address = _normal(address)
    if isinstance(address, tuple) and address[1] == 0:
        address = (address[0], 32768 + int(_drawn("port"), 16) % 28232)  # Linux's ephemeral range
    if address in table and not table[address]._gone():
        raise OSError(errno.EADDRINUSE, "Address already in use")
    return address


class Listener:
    """Accepts connections made to its address by any process of the run."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError("authkey should be a byte string")
        self._address = _bind(address)
        self._authkey = authkey
        self._pending = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._closed = False
        self._owner = procs.current_proc()
        self._pid = os.getpid()
        self._accepted = []
        self.last_accepted = None
        _table()[self._address] = self
        # the OS closes a process's sockets when it ends
        util.Finalize(None, Listener.close, args=(self,), exitpriority=-100)

    @property
    def address(self):
        return self._address

    def _gone(self):
        return self._closed or self._owner.exitcode is not None

    def _offer(self, conn):
        with self._cond:
            self._pending.append(conn)
            self._cond.notify()

    def accept(self):
        with self._cond:
            # A listener is closed only as its process ends (the manager's server never closes
            # its own), so a thread that comes here after that waits with the ones already
            # blocked, as accept() on a socket closed under it does on Linux. (Raising OSError
            # would make the server's accepter, which retries on it, spin in a dead process.)
            while not self._pending:
                self._cond.wait()
            conn = self._pending.popleft()
        self._accepted.append(conn)
        self.last_accepted = f"{self._address}-client"
        if self._authkey is not None:
            deliver_challenge(conn, self._authkey)
            answer_challenge(conn, self._authkey)
        return conn

    def close(self):
        if self._closed:
            return
        self._closed = True
        if _table().get(self._address) is self:
            del _table()[self._address]
        if os.getpid() == self._pid:
            for conn in self._accepted:
                conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Connection(connection.Connection):
    """A pipe end that pickles as CPython's connections do, with the reducers registered with
    ``ForkingPickler`` (the manager's: dict views arrive as lists, arrays as arrays)."""

    def send(self, obj):
        self._check(False)
        self._put(procs.dumps(obj, reduction.ForkingPickler._extra_reducers))


def _pair():
    a, b = connection._Channel(), connection._Channel()
    return _Connection(a, b), _Connection(b, a)


def Client(address, family=None, authkey=None):
    """A connection to the listener at ``address``; refused as a socket is when none listens."""
    listener = _table().get(_normal(address))
    if listener is None or listener._gone():
        if isinstance(address, str):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        raise ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
    mine, theirs = _pair()
    # the server's end is held by the listening process only: its close (or end) is EOF here
    theirs._holders.clear()
    theirs.__il_passed__(listener._owner)
    listener._offer(theirs)
    if authkey is not None:
        answer_challenge(mine, authkey)
        deliver_challenge(mine, authkey)
    return mine


class ConnectionWrapper:
    """A connection whose messages are XML-RPC documents (the manager's ``xmlrpclib`` serializer)."""

    def __init__(self, conn, dumps, loads):
        self._conn = conn
        self._dumps = dumps
        self._loads = loads
        for attr in ("fileno", "close", "poll", "recv_bytes", "send_bytes"):
            setattr(self, attr, getattr(conn, attr))

    def send(self, obj):
        self._conn.send_bytes(self._dumps(obj))

    def recv(self):
        return self._loads(self._conn.recv_bytes())


def _xml_dumps(obj):
    import xmlrpc.client

    return xmlrpc.client.dumps((obj,), None, None, None, 1).encode("utf-8")


def _xml_loads(s):
    import xmlrpc.client

    (obj,), _method = xmlrpc.client.loads(s.decode("utf-8"))
    return obj


class XmlListener(Listener):
    def accept(self):
        return ConnectionWrapper(Listener.accept(self), _xml_dumps, _xml_loads)


def XmlClient(*args, **kwds):
    return ConnectionWrapper(Client(*args, **kwds), _xml_dumps, _xml_loads)


def set_up_server():
    """What a manager's server process pays before it serves (see ``SERVER_SETUP``)."""
    procs.sch().charge_seconds(SERVER_SETUP)


class _Spawning:
    """What ``context.get_spawning_popen()`` returns while CPython spawns a child."""


def get_spawning_popen():
    """Never None: there are no Popen objects here, and a proxy crosses to another process only by
    pickling (its arguments, a queue, a pipe), so it always carries its authkey, as CPython's does
    into a spawned child. (CPython leaves the key out when a proxy goes through a queue; a proxy of
    a manager with a key of its own then fails to authenticate in the receiving process, here not.)"""
    return _Spawning
