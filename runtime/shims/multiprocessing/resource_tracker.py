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
        self._registered.add((name, rtype))

    def unregister(self, name, rtype):
        self._check(rtype)
        self._registered.discard((name, rtype))

    def _stop(self, use_blocking_lock=True):
        for name, rtype in sorted(self._registered):
            _CLEANUP_FUNCS[rtype](name)
        self._registered.clear()

    def _check(self, rtype):
        if rtype not in _CLEANUP_FUNCS:
            raise ValueError(f"Cannot register {rtype!r} for automatic cleanup: unknown resource type")


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd
