"""aiohttp.client_reqrep for Interleave's stand-in: ClientResponse and RequestInfo.

The whole body has arrived when a ClientResponse is handed out (the simulated network delivers
it with the headers), so reading it costs no further virtual time. As in aiohttp 3.13: reading a
released response whose body was never read raises ClientConnectionError("Connection closed");
json() checks the mimetype (ContentTypeError); raise_for_status() raises ClientResponseError.
"""

import codecs
import json as _json
import re
from typing import NamedTuple

from ._multidict import CIMultiDictProxy
from ._url import URL
from .client_exceptions import ClientConnectionError, ClientResponseError, ContentTypeError

json_re = re.compile(r"^application/(?:[\w.+-]+?\+)?json")


class RequestInfo(NamedTuple):
    url: URL
    method: str
    headers: CIMultiDictProxy
    real_url: URL


class ConnectionKey(NamedTuple):
    host: str
    port: int
    is_ssl: bool
    ssl: object
    proxy: object
    proxy_auth: object
    proxy_headers_hash: object


class StreamReader:
    """response.content: the body as an async stream. A streamed body (/drip, /stream) arrives
    over virtual time (``arrival``): a read waits until there is something to read (``read(n)``,
    ``readany``, the iterators), a line (``readline``), ``n`` bytes (``readexactly``) or the end
    (``read()``), as aiohttp's reads do."""

    def __init__(self, body, owner, arrival=None):
        self._body = body
        self._pos = 0
        self._owner = owner
        self._arrival = arrival

    async def _wait(self, need):
        """Until ``need`` bytes of the body (counted from its start) are here, or its end."""
        if self._arrival is not None:
            await self._arrival.await_for(min(need, len(self._body)))
            if need > len(self._body):
                await self._arrival.await_end()

    def _here(self):
        return len(self._body) if self._arrival is None else self._arrival.arrived()

    def _check(self):
        if self._owner._released and self._pos == 0 and self._owner._body is None:
            raise ClientConnectionError("Connection closed")

    def _take(self, n):
        self._check()
        end = self._here() if n < 0 else min(self._here(), self._pos + n)
        chunk, self._pos = self._body[self._pos:end], end
        return chunk

    def at_eof(self):
        return self._pos >= len(self._body) and (self._arrival is None or self._arrival.ended())

    async def read(self, n=-1):
        await self._wait(self._pos + 1 if n >= 0 else len(self._body) + 1)
        return self._take(n)

    async def readany(self):
        await self._wait(self._pos + 1)
        return self._take(-1)

    async def readexactly(self, n):
        await self._wait(self._pos + n)
        if len(self._body) - self._pos < n:
            import asyncio

            raise asyncio.IncompleteReadError(self._take(-1), n)
        return self._take(n)

    async def readline(self):
        self._check()
        end = self._body.find(b"\n", self._pos)
        await self._wait(len(self._body) + 1 if end < 0 else end + 1)
        return self._take(-1 if end < 0 else end + 1 - self._pos)

    async def _chunks(self, size):
        while True:
            await self._wait(self._pos + 1)
            if self.at_eof():
                return
            yield self._take(size)

    def iter_chunked(self, n):
        return self._chunks(n)

    def iter_any(self):
        return self._chunks(-1)

    async def iter_chunks(self):
        while True:
            await self._wait(self._pos + 1)
            if self.at_eof():
                return
            yield self._take(-1), True

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


class ClientResponse:
    """An HTTP response (status, headers, body) as aiohttp hands it out."""

    def __init__(self, method, url, status, reason, headers, body, request_info, history=(),
                 arrival=None):
        self.method = method
        self._url = url
        self.status = status
        self.reason = reason
        self._headers = CIMultiDictProxy(headers)
        self._body = None
        self._released = False
        self._closed = False
        self._in_context = False
        self._request_info = request_info
        self._history = tuple(history)
        self.content = StreamReader(body, self, arrival)
        self.version = None

    @property
    def url(self):
        return self._url

    @property
    def real_url(self):
        return self._url

    @property
    def host(self):
        return self._url.host

    @property
    def headers(self):
        return self._headers

    @property
    def raw_headers(self):
        return tuple((k.encode("utf-8"), v.encode("utf-8")) for k, v in self._headers.items())

    @property
    def request_info(self):
        return self._request_info

    @property
    def history(self):
        return self._history

    @property
    def connection(self):
        return None

    @property
    def closed(self):
        return self._closed

    @property
    def ok(self):
        return 400 > self.status

    @property
    def content_type(self):
        raw = self._headers.get("Content-Type", "application/octet-stream")
        return raw.split(";")[0].strip().lower()

    @property
    def charset(self):
        for param in self._headers.get("Content-Type", "").split(";")[1:]:
            key, _, value = param.strip().partition("=")
            if key.lower() == "charset":
                return value.strip("\"'")
        return None

    @property
    def content_length(self):
        value = self._headers.get("Content-Length")
        return int(value) if value is not None else None

    @property
    def cookies(self):
        from http.cookies import SimpleCookie

        cookies = SimpleCookie()
        for value in self._headers.getall("Set-Cookie", ()):
            cookies.load(value)
        return cookies

    @property
    def links(self):
        return {}

    def __repr__(self):
        reason = self.reason.encode("ascii", "backslashreplace").decode("ascii") if self.reason else "None"
        return f"<ClientResponse({self._url}) [{self.status} {reason}]>\n{self._headers!r}\n"

    def release(self):
        self._released = True
        self._closed = True
        return _noop()

    def close(self):
        self._released = True
        self._closed = True

    async def wait_for_close(self):
        self.release()

    def raise_for_status(self):
        if not self.ok:
            if not self._in_context:
                self.release()
            raise ClientResponseError(
                self.request_info, self.history, status=self.status, message=self.reason, headers=self.headers
            )

    async def read(self):
        if self._body is None:
            self._body = await self.content.read()
        return self._body

    def get_encoding(self):
        charset = self.charset
        if charset:
            try:
                return codecs.lookup(charset).name
            except LookupError:
                pass
        if self.content_type in ("application/json", "application/rdap"):
            return "utf-8"
        if self._body is None:
            raise RuntimeError("Cannot compute fallback encoding of a not yet read body")
        return "utf-8"

    async def text(self, encoding=None, errors="strict"):
        if self._body is None:
            await self.read()
        return self._body.decode(encoding or self.get_encoding(), errors=errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type="application/json"):
        if self._body is None:
            await self.read()
        if content_type:
            ctype = self._headers.get("Content-Type", "").lower()
            expected = json_re.match(ctype) if content_type == "application/json" else content_type in ctype
            if not expected:
                raise ContentTypeError(
                    self.request_info,
                    self.history,
                    status=self.status,
                    message="Attempt to decode JSON with unexpected mimetype: %s" % ctype,
                    headers=self.headers,
                )
        stripped = self._body.strip()
        if not stripped:
            return None
        return loads(stripped.decode(encoding or self.get_encoding()))

    async def __aenter__(self):
        self._in_context = True
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._in_context = False
        self.release()


class _noop:
    """What release() returns: awaitable for old code that awaited it."""

    def __await__(self):
        return iter(())
