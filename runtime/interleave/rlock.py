"""``_thread.RLock``: the reentrant lock CPython writes in C, on the runtime's own lock.

``threading.RLock()`` returns ``_thread.RLock`` when the module has one (``threading._CRLock``),
so a learner's ``type(threading.RLock())`` reads ``<class '_thread.RLock'>`` as in CPython, its
repr shows the owner's ident, and ``threading.RLock(1)`` only warns (the C type ignores its
arguments; 3.14 deprecates them). The methods are those of 3.14's C type, with its messages:
``acquire``/``release``/``locked``, the context manager, and the private ones ``threading``'s
``Condition`` and tests call (``_is_owned``, ``_release_save``, ``_acquire_restore``,
``_recursion_count``, ``_at_fork_reinit``). ``threading._PyRLock`` stays the pure-Python one.

Waiting is the inner ``_thread.lock``'s (``block``), so blocking, timeouts, interrupts and deadlock
reports are the plain lock's. ``_owner`` (an ident, 0 when free) and ``_count`` are the names
``_PyRLock`` uses for the same facts, which the deadlock report and the race explorer read.

This module does not import ``fakethread`` (which puts ``RLock`` in the ``_thread`` module):
``build`` takes the lock type and ``get_ident`` from it.
"""


def build(lock_type, get_ident, check_timeout):
    """The ``_thread.RLock`` class over ``lock_type`` (``_thread.lock``); ``check_timeout`` is
    the lock's check of ``acquire``'s arguments, CPython's for both types."""

    class RLock:
        """A reentrant lock: CPython's C type, the runtime's lock inside."""

        __slots__ = ("_block", "_owner", "_count", "__weakref__")

        def __init__(self, *args, **kwargs):
            # as the C type: arguments are ignored (threading.RLock warns about them)
            self._block = lock_type()
            self._owner = 0
            self._count = 0

        def acquire(self, blocking=True, timeout=-1):
            if timeout != -1:  # checked first, as C's, even when the lock is already ours
                check_timeout(blocking, timeout)
            me = get_ident()
            if self._count and self._owner == me:
                self._count += 1
                return True
            if not self._block.acquire(blocking, timeout):
                return False
            self._owner = me
            self._count = 1
            return True

        def release(self):
            if not self._count or self._owner != get_ident():
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1
            if not self._count:
                self._owner = 0
                self._block.release()

        def locked(self):
            return self._block.locked()

        __enter__ = acquire

        def __exit__(self, *exc):
            self.release()

        def _is_owned(self):
            return bool(self._count) and self._owner == get_ident()

        def _recursion_count(self):
            return self._count if self._is_owned() else 0

        def _release_save(self):
            if not self._is_owned():
                raise RuntimeError("cannot release un-acquired lock")
            state = (self._count, self._owner)
            self._count = 0
            self._owner = 0
            self._block.release()
            return state

        def _acquire_restore(self, state, /):
            count, owner = state
            self._block.acquire()
            self._owner = owner
            self._count = count

        def _at_fork_reinit(self):
            self._block._at_fork_reinit()
            self._owner = 0
            self._count = 0

        def __reduce_ex__(self, protocol, /):
            raise TypeError("cannot pickle '_thread.RLock' object")  # as a C type without it

        def __repr__(self):
            state = "locked" if self._block.locked() else "unlocked"
            return (f"<{state} _thread.RLock object owner={self._owner} count={self._count}"
                    f" at {id(self):#x}>")

    RLock.__module__ = "_thread"
    RLock.__qualname__ = "RLock"
    for value in vars(RLock).values():  # ``RLock.acquire``, not ``build.<locals>.RLock.acquire``
        if callable(value) and hasattr(value, "__qualname__"):
            value.__qualname__ = f"RLock.{value.__name__}"
    return RLock
