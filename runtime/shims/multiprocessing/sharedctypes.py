"""``multiprocessing.Value`` and ``Array``: memory every process sees.

Reads and writes are plain attribute and item accesses on one shared object, so an unlocked
``v.value += 1`` from several processes loses updates exactly as in CPython, and
``with v.get_lock():`` fixes it.
"""

from interleave.procs import Shared

from .synchronize import RLock

#: CPython's public names that exist here (not copy and synchronized).
__all__ = ["RawValue", "RawArray", "Value", "Array"]


_DEFAULTS = {"c": b"\\x00", "u": "\\x00"}
_TYPES = {
    "b": int, "B": int, "h": int, "H": int, "i": int, "I": int, "l": int, "L": int, "q": int,
    "Q": int, "f": float, "d": float, "c": bytes, "u": str,
}
_NAMES = {
    "b": "c_byte", "B": "c_ubyte", "h": "c_short", "H": "c_ushort", "i": "c_int", "I": "c_uint",
    "l": "c_long", "L": "c_ulong", "q": "c_longlong", "Q": "c_ulonglong", "f": "c_float",
    "d": "c_double", "c": "c_char", "u": "c_wchar",
}


def _code(typecode_or_type):
    if isinstance(typecode_or_type, str):
        if typecode_or_type not in _TYPES:
            raise TypeError(f"unknown type code {typecode_or_type!r}")
        return typecode_or_type
    name = getattr(typecode_or_type, "__name__", str(typecode_or_type))
    for code, cname in _NAMES.items():
        if cname == name:
            return code
    raise TypeError(f"unsupported type {typecode_or_type!r}")


def _coerce(code, value):
    kind = _TYPES[code]
    if kind is float:
        return float(value)
    if kind is int:
        if isinstance(value, float):
            raise TypeError("int expected instead of float")
        return int(value)
    return value


def _lock_for(lock):
    """The lock a synchronized wrapper uses, as CPython picks it: a new RLock for True or None."""
    if lock in (True, None):
        return RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError(f"{lock!r} has no method 'acquire'")
    return lock


class _RawValue(Shared):
    """A raw shared value (``RawValue``, ``Value(lock=False)``): no lock, as a ctypes object."""

    def __init__(self, code, value):
        self._code = code
        self._value = _coerce(code, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _coerce(self._code, v)

    def __repr__(self):
        return f"{_NAMES[self._code]}({self._value!r})"


class _Locked:
    """What a synchronized wrapper adds: its lock, and itself as the object it wraps."""

    _lock = None

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)


class Synchronized(_Locked, _RawValue):
    def __init__(self, code, value, lock):
        super().__init__(code, value)
        self._lock = _lock_for(lock)

    def __repr__(self):
        return f"<Synchronized wrapper for {_NAMES[self._code]}({self._value!r})>"


class _RawArray(Shared):
    """A raw shared array (``RawArray``, ``Array(lock=False)``): no lock, as a ctypes array."""

    def __init__(self, code, init):
        if isinstance(init, int):
            items = [_TYPES[code]() if code not in _DEFAULTS else _DEFAULTS[code]] * init
        else:
            items = [_coerce(code, v) for v in init]
        self._code = code
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            values = [_coerce(self._code, x) for x in v]
            if len(values) != len(self._items[i]):
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = values
        else:
            self._items[i] = _coerce(self._code, v)

    def __iter__(self):
        return iter(list(self._items))

    def __repr__(self):
        return f"<multiprocessing.sharedctypes.{_NAMES[self._code]}_Array_{len(self._items)} object at {id(self):#x}>"


class SynchronizedArray(_Locked, _RawArray):
    def __init__(self, code, init, lock):
        super().__init__(code, init)
        self._lock = _lock_for(lock)

    @property
    def value(self):
        raise AttributeError("'SynchronizedArray' object has no attribute 'value'")

    def __repr__(self):
        return f"<SynchronizedArray wrapper for {_NAMES[self._code]}_Array_{len(self._items)}>"


def Value(typecode_or_type, *args, lock=True, ctx=None):
    code = _code(typecode_or_type)
    value = args[0] if args else (_DEFAULTS.get(code) or _TYPES[code]())
    if lock is False:
        return _RawValue(code, value)
    return Synchronized(code, value, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    code = _code(typecode_or_type)
    if lock is False:
        return _RawArray(code, size_or_initializer)
    return SynchronizedArray(code, size_or_initializer, lock)


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)
