"""``multiprocessing.resource_tracker``: which named resources (semaphores, shared memory blocks)
the run's processes made and have not yet removed.

CPython keeps them in a tracker process that removes the leftovers, with a warning, when the
program ends. Here the run's processes share one registry and every resource ends with the run,
so there is no tracker process (``_pid`` stays None) and no leak warning (not modelled).
"""

import _multiprocessing

__all__ = ["ensure_running", "register", "unregister"]


def _unlink_shared_memory(name):
    from interleave import context

    context.current().shared_memory.pop(name.lstrip("/"), None)


_CLEANUP_FUNCS = {
    "noop": lambda name: None,
    "semaphore": _multiprocessing.sem_unlink,
    "shared_memory": _unlink_shared_memory,
}


class ResourceTracker:
    def __init__(self):
        self._pid = None
        self._fd = None
        self._registered = set()  # (name, rtype)

    def ensure_running(self):
        """Nothing to start: the registry lives in the run, not in a process."""

    def getfd(self):
        return self._fd

    def _check_alive(self):
        return False

    def register(self, name, rtype):
        self._check(rtype)
        _check_message("REGISTER", name, rtype)
        self._registered.add((name, rtype))

    def unregister(self, name, rtype):
        self._check(rtype)
        _check_message("UNREGISTER", name, rtype)
        self._registered.discard((name, rtype))

    def _stop(self, use_blocking_lock=True):
        for name, rtype in sorted(self._registered):
            _CLEANUP_FUNCS[rtype](name)
        self._registered.clear()

    def _check(self, rtype):
        if rtype not in _CLEANUP_FUNCS:
            raise ValueError(f"Cannot register {rtype!r} for automatic cleanup: unknown resource type")


def _check_message(cmd, name, rtype):
    """CPython's limits on a name, from the message its client writes to the tracker process
    (one pipe write, atomic only up to 512 bytes): the same errors, though no message is sent."""
    if "\n" not in name:
        if len(f"{cmd}:{name}:{rtype}\n".encode("ascii")) > 512:
            raise ValueError("msg too long")
    elif len(name.encode("utf-8", "surrogateescape")) > 255:  # sent base64-encoded in JSON
        raise ValueError("shared memory name too long (max 255 bytes)")


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd
