"""``multiprocessing.reduction``: CPython's pickler API for data sent to another process.

What a child is given crosses through the runtime's own pickling (interleave.procs: queues, locks,
pipes and shared memory by reference, the rest by value); ``ForkingPickler`` is here for programs
and libraries that pickle for another process themselves, with the reducers registered here.
Handles (file descriptors) cannot be sent over a connection: the simulated processes have no
descriptors of their own, so ``HAVE_SEND_HANDLE`` is false, as on a platform without
``SCM_RIGHTS``.
"""

import copyreg
import functools
import io
import os
import pickle

__all__ = ["send_handle", "recv_handle", "ForkingPickler", "register", "dump"]

HAVE_SEND_HANDLE = False
ACKNOWLEDGE = False


class ForkingPickler(pickle.Pickler):
    """Pickler for data sent to another process, with the reducers registered here."""

    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        """Register a reduce function for a type."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Replacement for pickle.dump() using ForkingPickler."""
    ForkingPickler(file, protocol).dump(obj)


def _no_handles(*args):
    raise OSError("a simulated process cannot send or receive a file descriptor")


send_handle = recv_handle = _no_handles


class DupFd:
    """A duplicate of ``fd`` for another process: every simulated process shares this
    interpreter's descriptor table, so a duplicate made here is valid there."""

    def __init__(self, fd):
        self._fd = os.dup(fd)

    def detach(self):
        return self._fd


def _reduce_partial(p):
    return functools.partial, (p.func, p.args, p.keywords or {})


register(functools.partial, _reduce_partial)


class AbstractReducer:
    """What ``multiprocessing.reducer`` holds: the pickler and its helpers."""

    ForkingPickler = ForkingPickler
    register = staticmethod(register)
    dump = staticmethod(dump)
    send_handle = staticmethod(send_handle)
    recv_handle = staticmethod(recv_handle)
    DupFd = DupFd

