"""``multiprocessing.shared_memory``: named blocks of memory every process of the run can open.

A block is a ``bytearray`` kept by the run (``RunContext.shared_memory``, by name), so a child
that opens ``SharedMemory(name)`` or receives a ``ShareableList`` sees the same bytes, as two
CPython processes see one POSIX shared-memory object. Names look like CPython's
(``psm_`` and 8 hex digits, ``_name`` with its leading slash) and are drawn from the run's seed,
so a run is repeatable; opening, making and unlinking raise what ``shm_open``/``shm_unlink``
raise. Not modelled: the resource tracker's warning about blocks never unlinked.
"""

import hashlib
import itertools
import os
import struct

from interleave import context

__all__ = ["SharedMemory", "ShareableList"]

#: As CPython's on POSIX: names are "/psm_" and 8 hex digits, kept with their leading slash in
#: ``_name`` and shown without it as ``name``.
_USE_POSIX = True
_SHM_NAME_PREFIX = "/psm_"
_SHM_SAFE_NAME_LENGTH = 14
_O_CREX = os.O_CREAT | os.O_EXCL
_made = itertools.count()


def _blocks():
    return context.current().shared_memory


def _make_filename():
    """A new block's name, drawn from the run's seed, the process and a count (CPython draws it
    at random), so a run is repeatable; the caller tries again while it is taken."""
    ctx = context.current()
    digest = hashlib.sha256(f"{ctx.seed}:{os.getpid()}:{next(_made)}".encode()).hexdigest()
    return _SHM_NAME_PREFIX + digest[:(_SHM_SAFE_NAME_LENGTH - len(_SHM_NAME_PREFIX)) // 2 * 2]


def _shm_open(name, flags, size):
    """The block called ``name`` (its leading slash included), made or opened as ``flags``
    say (O_CREAT, O_EXCL), with shm_open's errors."""
    if "\0" in name:
        raise ValueError("embedded null character")
    blocks = _blocks()
    if name in blocks:
        if flags & _O_CREX == _O_CREX:
            raise FileExistsError(17, "File exists", name)
        return blocks[name]
    if not flags & os.O_CREAT:
        raise FileNotFoundError(2, "No such file or directory", name)
    blocks[name] = bytearray(size)
    return blocks[name]


class SharedMemory:
    _flags = os.O_RDWR
    _prepend_leading_slash = True

    def __init__(self, name=None, create=False, size=0, *, track=True):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            self._flags = _O_CREX | os.O_RDWR
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not self._flags & os.O_EXCL:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                try:
                    data = _shm_open(name, self._flags, size)
                except FileExistsError:
                    continue
                break
        else:
            name = "/" + name if self._prepend_leading_slash else name
            # only create=True sizes the block (ftruncate): one a subclass's flags made is empty
            data = _shm_open(name, self._flags, size if create else 0)
        if not data:
            raise ValueError("cannot mmap an empty file")
        self._name = name
        self._data = data
        self._size = len(data)
        self._buf = memoryview(data)
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
        if self._prepend_leading_slash and self._name.startswith("/"):
            return self._name[1:]
        return self._name

    @property
    def size(self):
        return self._size

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None

    def unlink(self):
        """Remove the name (FileNotFoundError if it is gone already, as shm_unlink); processes
        that opened the block keep its memory."""
        if "\0" in self._name:
            raise ValueError("embedded null character")
        if _blocks().pop(self._name, None) is None:
            raise FileNotFoundError(2, "No such file or directory", self._name)


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
