"""``multiprocessing.util``: the package's logger and its helpers, as CPython's.

``log_to_stderr(level)`` sends the ``multiprocessing`` logger to stderr as
``[LEVEL/ProcessName] message``; a child process started afterwards logs the same way (CPython
hands the setting to spawned children), and the package logs its own steps at INFO and DEBUG:
"child process calling self.run()", "process shutting down", "process exiting with exitcode N".
"""

import itertools
import threading
import weakref

#: CPython's public names that exist here (not close_all_fds_except: no file descriptors).
__all__ = ["sub_debug", "debug", "info", "sub_warning", "warn", "get_logger", "log_to_stderr", "get_temp_dir",
           "register_after_fork", "is_exiting", "Finalize", "ForkAwareThreadLock", "ForkAwareLocal", "SUBDEBUG",
           "SUBWARNING"]


NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25
WARNING = 30

LOGGER_NAME = "multiprocessing"
DEFAULT_LOGGING_FORMAT = "[%(levelname)s/%(processName)s] %(message)s"

_logger = None
_log_to_stderr = False
_exiting = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args, stacklevel=2)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args, stacklevel=2)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args, stacklevel=2)


def warn(msg, *args):
    if _logger:
        _logger.log(WARNING, msg, *args, stacklevel=2)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args, stacklevel=2)


def get_logger():
    """The ``multiprocessing`` logger; it does not pass records on to the root logger (and, as
    CPython's, gives SUBDEBUG and SUBWARNING no level names: they show as "Level 5")."""
    global _logger
    import logging

    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
    return _logger


def log_to_stderr(level=None):
    """Turn on logging to stderr and return the logger."""
    global _log_to_stderr
    import logging

    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def inherited():
    """What a child started now takes from this process: (log to stderr, the logger's effective
    level, as CPython's spawn hands it over)."""
    return (_log_to_stderr, _logger.getEffectiveLevel() if _logger else None)


def inherit(setting):
    """In a child: log as the parent did when it started the child."""
    to_stderr, level = setting
    if to_stderr:
        log_to_stderr()
    if level is not None:
        get_logger().setLevel(level)


def is_exiting():
    return _exiting


def _mark_exiting():
    """True the first time only: the exit steps run once (a child runs them before atexit)."""
    global _exiting
    first, _exiting = not _exiting, True
    return first


_afterfork_registry = weakref.WeakValueDictionary()
_afterfork_counter = itertools.count()


def register_after_fork(obj, func):
    # never called here: every process is spawned, none forked
    _afterfork_registry[(next(_afterfork_counter), id(obj), func)] = obj


_finalizers = {}
_finalizer_registry = _finalizers  # CPython's name for it
_finalizer_counter = itertools.count()


class Finalize:
    """Calls ``callback(*args, **kwargs)`` once: when called, when ``obj`` is collected, or at
    the process's exit for an ``exitpriority`` that is not None (highest first)."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError(f"Exitpriority ({exitpriority!r}) must be None or int, not "
                            f"{type(exitpriority)}")
        if obj is not None:
            self._weakref = weakref.ref(obj, self)
        elif exitpriority is None:
            raise ValueError("Without object, exitpriority cannot be None")
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        _finalizers[self._key] = self

    def __call__(self, wr=None):
        if _finalizers.pop(self._key, None) is None:
            return None
        result = self._callback(*self._args, **self._kwargs)
        self._weakref = self._callback = self._args = self._kwargs = self._key = None
        return result

    def cancel(self):
        if _finalizers.pop(self._key, None) is not None:
            self._weakref = self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizers


def _run_finalizers(minpriority=None):
    """Call the finalizers with an exit priority of at least ``minpriority`` (all with one when
    it is None), highest priority first, later-made first among equals."""
    keys = [key for key in _finalizers if key[0] is not None
            and (minpriority is None or key[0] >= minpriority)]
    for key in sorted(keys, reverse=True):
        finalizer = _finalizers.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback

                traceback.print_exc()


#: No socket namespace in the simulated world (connection.Listener and Client need sockets).
abstract_sockets_supported = False


class ForkAwareLocal(threading.local):
    """Thread-local values a forked child would start without (CPython clears them after a fork);
    pickled, it arrives empty."""

    def __reduce__(self):
        return type(self), ()


class ForkAwareThreadLock:
    """A lock renewed in a forked child; no process is forked here, so a plain lock."""

    def __init__(self):
        import threading

        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


_temp_dir = []


def get_temp_dir():
    """A temporary directory of the run's (``pymp-...``), made at the first call."""
    if not _temp_dir:
        import tempfile

        _temp_dir.append(tempfile.mkdtemp(prefix="pymp-"))
        info("created temp directory %s", _temp_dir[0])
    return _temp_dir[0]


def _cleanup_tests():
    """What CPython's own test suite calls after its multiprocessing tests: wait for the
    children still running and run every finalizer (no fork server or resource tracker here)."""
    from . import process

    for child in process.active_children():
        child.join()
    _run_finalizers()
