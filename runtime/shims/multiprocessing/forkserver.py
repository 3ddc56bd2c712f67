"""``multiprocessing.forkserver``: the server CPython 3.14 forks children from by default.

The server is not a simulated process; what a program can observe of it is its start-up, paid
once per process by the first ``forkserver`` child, or in advance by ``ensure_running()`` (say,
so that a timed section does not include it). See ``interleave.procs.ensure_forkserver``.
"""

from interleave import procs

from .context import set_forkserver_preload

__all__ = ["ensure_running", "set_forkserver_preload"]


def ensure_running():
    """Make sure the fork server is running: the first call waits for it to start."""
    procs.ensure_forkserver()
