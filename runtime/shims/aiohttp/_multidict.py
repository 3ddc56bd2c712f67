"""A small stand-in for multidict.CIMultiDictProxy, the type of aiohttp's `response.headers`:
case-insensitive keys, repeated keys kept in order, read-only."""

from collections.abc import Mapping


class CIMultiDictProxy(Mapping):
    """Read-only, case-insensitive mapping that may hold a key more than once."""

    def __init__(self, items=()):
        pairs = items.items() if hasattr(items, "items") else items
        self._items = [(str(k), v) for k, v in pairs]

    def __getitem__(self, key):
        lowered = key.lower()
        for k, v in self._items:
            if k.lower() == lowered:
                return v
        raise KeyError(key)

    def __iter__(self):
        return (k for k, _ in self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, key):
        return isinstance(key, str) and any(k.lower() == key.lower() for k, _ in self._items)

    def items(self):
        return list(self._items)

    def keys(self):
        return [k for k, _ in self._items]

    def values(self):
        return [v for _, v in self._items]

    def getall(self, key, *default):
        found = [v for k, v in self._items if k.lower() == key.lower()]
        if found:
            return found
        if default:
            return default[0]
        raise KeyError(key)

    def getone(self, key, *default):
        try:
            return self[key]
        except KeyError:
            if default:
                return default[0]
            raise

    def copy(self):
        return CIMultiDictProxy(self._items)

    def __repr__(self):
        body = ", ".join(f"{k!r}: {v!r}" for k, v in self._items)
        return f"<{type(self).__name__}({body})>"


class CIMultiDict(CIMultiDictProxy):
    """The mutable variant (only what request headers need)."""

    def __setitem__(self, key, value):
        self._items = [(k, v) for k, v in self._items if k.lower() != key.lower()] + [(key, value)]

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        self._items = [(k, v) for k, v in self._items if k.lower() != key.lower()]

    def add(self, key, value):
        self._items.append((key, value))

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, "items") else other
        for k, v in list(pairs) + list(kwargs.items()):
            self[k] = v

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value
