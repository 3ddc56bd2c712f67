"""``multiprocessing.shared_memory``: named blocks of memory every process of the run can open.

A block is a ``bytearray`` kept by the run (``RunContext.shared_memory``, by name), so a child
that opens ``SharedMemory(name)`` or receives a ``ShareableList`` sees the same bytes, as two
CPython processes see one POSIX shared-memory object. Names look like CPython's
(``psm_`` and 8 hex digits) and are drawn from the run's seed, so a run is repeatable. Not
modelled: the resource tracker's warning about blocks never unlinked.
"""

import hashlib
import struct

from interleave import context

__all__ = ["SharedMemory", "ShareableList"]

_PREFIX = "psm_"


def _blocks():
    return context.current().shared_memory


def _new_name(blocks):
    ctx = context.current()
    n = 0
    while True:
        digest = hashlib.sha256(f"{ctx.seed}:{len(blocks)}:{n}".encode()).hexdigest()
        name = _PREFIX + digest[:8]
        if name not in blocks:
            return name
        n += 1


class SharedMemory:
    def __init__(self, name=None, create=False, size=0, *, track=True):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        blocks = _blocks()
        if create:
            if name is None:
                name = _new_name(blocks)
            if name in blocks:
                raise FileExistsError(17, "File exists", f"/{name}")
            blocks[name] = bytearray(size)
        elif name not in blocks:
            raise FileNotFoundError(2, "No such file or directory", f"/{name}")
        self._name = name
        self._data = blocks[name]
        self._size = len(self._data)
        self._buf = memoryview(self._data)
        self._track = track

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, size={self.size})"

    @property
    def buf(self):
        return self._buf

    @property
    def name(self):
        return self._name

    @property
    def size(self):
        return self._size

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None

    def unlink(self):
        """Remove the name; processes that opened the block keep its memory."""
        _blocks().pop(self._name, None)


# ShareableList's layout in its block: the item count, then per item its type and its slot's
# size, then the slots. A str or bytes item keeps the slot it was created with (its length
# rounded up to 8), so a longer value later does not fit, as in CPython.
_HEADER = struct.Struct("q")
_ENTRY = struct.Struct("qq")
_INT, _FLOAT, _BOOL, _STR, _BYTES, _NONE = range(6)
_FIXED = {_INT: struct.Struct("q"), _FLOAT: struct.Struct("d"), _BOOL: struct.Struct("?")}


def _kind(value):
    if value is None:
        return _NONE
    for kind, cls in ((_BOOL, bool), (_INT, int), (_FLOAT, float), (_STR, str), (_BYTES, bytes)):
        if isinstance(value, cls):
            return kind
    raise TypeError(f"unsupported type {type(value)!r} for ShareableList")


def _slot(value):
    kind = _kind(value)
    if kind in (_STR, _BYTES):
        data = value.encode() if kind == _STR else value
        return max(8, -(-len(data) // 8) * 8)
    return 8


class ShareableList:
    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            items = list(sequence or ())
            kinds = [_kind(v) for v in items]
            slots = [_slot(v) for v in items]
            size = _HEADER.size + _ENTRY.size * len(items) + sum(slots)
            self.shm = SharedMemory(name, create=True, size=size)
            _HEADER.pack_into(self.shm.buf, 0, len(items))
            for i, (kind, slot) in enumerate(zip(kinds, slots, strict=True)):
                _ENTRY.pack_into(self.shm.buf, _HEADER.size + _ENTRY.size * i, kind, slot)
            for i, value in enumerate(items):
                self[i] = value
        else:
            self.shm = SharedMemory(name)

    def _entries(self):
        (count,) = _HEADER.unpack_from(self.shm.buf, 0)
        offset = _HEADER.size + _ENTRY.size * count
        out = []
        for i in range(count):
            kind, slot = _ENTRY.unpack_from(self.shm.buf, _HEADER.size + _ENTRY.size * i)
            out.append((kind, slot, offset))
            offset += slot
        return out

    def _entry(self, position):
        entries = self._entries()
        if position < 0:
            position += len(entries)
        if not 0 <= position < len(entries):
            raise IndexError("index out of range")
        return position, entries[position]

    def __getitem__(self, position):
        _, (kind, slot, offset) = self._entry(position)
        buf = self.shm.buf
        if kind in _FIXED:
            return _FIXED[kind].unpack_from(buf, offset)[0]
        if kind == _NONE:
            return None
        data = bytes(buf[offset:offset + slot]).rstrip(b"\x00")
        return data.decode() if kind == _STR else data

    def __setitem__(self, position, value):
        position, (_, slot, offset) = self._entry(position)
        kind = _kind(value)
        buf = self.shm.buf
        if kind in (_STR, _BYTES):
            data = value.encode() if kind == _STR else value
            if len(data) > slot:
                raise ValueError("bytes/str item exceeds available storage")
            buf[offset:offset + slot] = data.ljust(slot, b"\x00")
        elif kind in _FIXED:
            _FIXED[kind].pack_into(buf, offset, value)
        _ENTRY.pack_into(buf, _HEADER.size + _ENTRY.size * position, kind, slot)

    def __reduce__(self):
        return (_open_list, (self.shm.name,))

    def __len__(self):
        return _HEADER.unpack_from(self.shm.buf, 0)[0]

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)}, name={self.shm.name!r})"

    @property
    def format(self):
        codes = {_INT: "q", _FLOAT: "d", _BOOL: "xxxxxxx?", _NONE: "xxxxxx?x"}
        return "".join(codes.get(kind, f"{slot}s") for kind, slot, _ in self._entries())

    def count(self, value):
        return sum(value == entry for entry in self)

    def index(self, value):
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")


def _open_list(name):
    return ShareableList(name=name)
