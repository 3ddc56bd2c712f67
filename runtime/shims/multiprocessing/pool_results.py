"""What ``multiprocessing.Pool``'s methods return (``pool.py``): ``ApplyResult`` (``AsyncResult``)
for ``apply_async``, ``MapResult`` for ``map_async`` and ``IMapIterator`` for ``imap``, filled in
by the pool's result handler. Their ``__module__`` is ``multiprocessing.pool``, where CPython
defines them and where ``pool.py`` offers them (a repr reads ``<multiprocessing.pool.ApplyResult
object at ...>``)."""

import itertools
import threading

# every module of the package has one (CPython's _TestImportStar imports each and checks it)
__all__ = ["ApplyResult", "AsyncResult", "IMapIterator", "MapResult"]

#: Every job of every pool of the process, numbered in order (CPython's ``job_counter``).
_job_counter = itertools.count()


class ApplyResult:
    def __init__(self, pool, callback, error_callback, chunks=1):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._chunks = chunks
        self._parts = {}
        self._value = None
        self._success = None
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            from . import TimeoutError

            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, index, ok, value):
        if not ok:
            self._success = False
            self._value = value
            self._finish()
            return
        self._parts[index] = value
        if len(self._parts) == self._chunks:
            self._success = True
            self._value = self._combine()
            self._finish()

    def _combine(self):
        return self._parts[0][0]

    def _finish(self):
        self._pool._cache.pop(self._job, None)
        if self._success and self._callback is not None:
            self._callback(self._value)
        if not self._success and self._error_callback is not None:
            self._error_callback(self._value)
        self._event.set()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def _combine(self):
        return [x for i in range(self._chunks) for x in self._parts[i]]

    def _set(self, index, ok, value):
        if self._success is False:
            return  # the first failure decided it
        super()._set(index, ok, value)


def _read(iterable):
    """The items of ``iterable`` up to its end, or up to the exception it raised (then that too)."""
    items = []
    try:
        for item in iterable:
            items.append(item)
    except Exception as exc:
        return items, exc
    return items, None


class IMapIterator:
    def __init__(self, pool, ordered, chunked=False):
        self._pool = pool
        self._chunked = chunked  # each item is a chunk's list of results
        self._job = next(_job_counter)
        self._cond = threading.Condition(threading.Lock())
        self._items = {}
        self._ready = []
        self._next = 0
        self._length = None
        self._ordered = ordered
        pool._cache[self._job] = self

    def _set(self, index, ok, value):
        with self._cond:
            if self._ordered:
                self._items[index] = (ok, value)
            else:
                self._ready.append((ok, value))
            self._cond.notify_all()

    def _set_length(self, n):
        with self._cond:
            self._length = n
            self._cond.notify_all()

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._length is not None and self._next >= self._length:
                    self._pool._cache.pop(self._job, None)
                    raise StopIteration
                if self._ordered and self._next in self._items:
                    ok, value = self._items.pop(self._next)
                    break
                if not self._ordered and self._ready:
                    ok, value = self._ready.pop(0)
                    break
                if not self._cond.wait(timeout):
                    from . import TimeoutError

                    raise TimeoutError
            self._next += 1
        if not ok:
            raise value
        return value if self._chunked else value[0]

    __next__ = next


for _public in (ApplyResult, MapResult, IMapIterator):
    _public.__module__ = "multiprocessing.pool"
