"""A small stand-in for yarl.URL, the type of aiohttp's `response.url`.

Covers what programs read: str(), repr, scheme, host, port, path, query_string, query, name,
human_repr(), join(), with_query(). Query values follow yarl's rules: str, int and float only
(a bool or None raises yarl's TypeError).
"""

import math
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _query_var(v):
    cls = type(v)
    if issubclass(cls, str):
        return v
    if issubclass(cls, float):
        if math.isinf(v):
            raise ValueError("float('inf') is not supported")
        if math.isnan(v):
            raise ValueError("float('nan') is not supported")
        return str(float(v))
    if issubclass(cls, int) and cls is not bool:
        return str(int(v))
    raise TypeError(f"Invalid variable type: value should be str, int or float, got {v!r} of type {cls}")


def encode_query(params):
    """A query string from params given as a str, a mapping or a sequence of pairs."""
    if params is None:
        return ""
    if isinstance(params, str):
        return params
    items = params.items() if hasattr(params, "items") else params
    pairs = []
    for key, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, _query_var(v)) for v in values)
    return "&".join(f"{quote_plus(k, safe='?/:@')}={quote_plus(v, safe='?/:@')}" for k, v in pairs)


class URL:
    """An absolute or relative URL (immutable, compares with other URLs only)."""

    __slots__ = ("_val", "_parts")

    def __init__(self, val=""):
        self._val = str(val)
        self._parts = urlsplit(self._val)

    def __str__(self):
        return self._val

    def __repr__(self):
        return f"URL('{self._val}')"

    def __eq__(self, other):
        return isinstance(other, URL) and other._val == self._val

    def __hash__(self):
        return hash(self._val)

    @property
    def scheme(self):
        return self._parts.scheme

    @property
    def host(self):
        return self._parts.hostname

    raw_host = host

    @property
    def port(self):
        return self._parts.port or _DEFAULT_PORTS.get(self._parts.scheme)

    @property
    def explicit_port(self):
        return self._parts.port

    @property
    def absolute(self):
        return bool(self._parts.netloc)

    @property
    def user(self):
        return self._parts.username

    @property
    def password(self):
        return self._parts.password

    @property
    def raw_path(self):
        return self._parts.path or ("/" if self.absolute else "")

    @property
    def path(self):
        return unquote(self.raw_path)

    @property
    def path_qs(self):
        return self.path + (f"?{self.query_string}" if self.query_string else "")

    @property
    def raw_query_string(self):
        return self._parts.query

    @property
    def query_string(self):
        return unquote(self._parts.query.replace("+", " "))

    @property
    def query(self):
        return dict(parse_qsl(self._parts.query, keep_blank_values=True))

    @property
    def fragment(self):
        return self._parts.fragment

    @property
    def name(self):
        return self.path.rsplit("/", 1)[-1]

    def human_repr(self):
        return unquote(self._val)

    def origin(self):
        return URL(urlunsplit((self.scheme, self._parts.netloc.rsplit("@", 1)[-1], "", "", "")))

    def join(self, url):
        return URL(urljoin(self._val, str(url)))

    def with_query(self, *args, **kwargs):
        query = encode_query(args[0] if args else kwargs)
        p = self._parts
        return URL(urlunsplit((p.scheme, p.netloc, p.path, query, "")))

    def extend_query(self, params):
        extra = encode_query(params)
        if not extra:
            return self
        p = self._parts
        query = f"{p.query}&{extra}" if p.query else extra
        return URL(urlunsplit((p.scheme, p.netloc, p.path, query, p.fragment)))

    def __truediv__(self, name):
        p = self._parts
        path = p.path.rstrip("/") + "/" + quote(str(name), safe="")
        return URL(urlunsplit((p.scheme, p.netloc, path, "", "")))
