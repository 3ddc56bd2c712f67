"""aiohttp.client for Interleave's stand-in: ClientSession, ClientTimeout and aiohttp.request.

A request waits on the event loop (`asyncio.sleep`, virtual under the runtime) for the
simulated network's latency while holding a connection of the session's connector. Timeouts as
in aiohttp 3.13: `total` covers the whole request, redirects included, and raises
asyncio.TimeoutError (a value above 5 s is rounded up to a whole second of loop time, as
aiohttp's ceil_threshold does); `connect` bounds the wait for a free connection
(ConnectionTimeoutError); `sock_read` bounds the wait for the response (SocketTimeoutError).
A number given as `timeout=` to a request means ClientTimeout(total=number). An unknown host
raises ClientConnectorDNSError. Redirects are followed (max_redirects=10). As in aiohttp, a
session must be created inside a running event loop, and a closed session refuses requests.
Cookies a response sets (``Set-Cookie``) are kept by the session and sent on later requests and
redirects (expired ones dropped); a streamed body (/drip, /stream) arrives over virtual time.
Simplified: the cookie jar ignores domain and path; no proxies, websockets, middlewares,
multipart or compression.
"""

import asyncio
import json as _json
import math
import socket
import sys
from dataclasses import dataclass

from interleave import net

from ._multidict import CIMultiDict
from ._url import URL
from .client_exceptions import (
    ClientConnectorDNSError,
    ConnectionTimeoutError,
    InvalidUrlClientError,
    NonHttpUrlClientError,
    SocketTimeoutError,
    TooManyRedirects,
)
from .client_reqrep import ClientResponse, ConnectionKey, RequestInfo
from .connector import TCPConnector

_SENTINEL = object()
_VERSION = "3.13.5"
SERVER_SOFTWARE = "Python/{0[0]}.{0[1]} aiohttp/{1}".format(sys.version_info, _VERSION)


@dataclass(frozen=True)
class ClientTimeout:
    total: float | None = None
    connect: float | None = None
    sock_read: float | None = None
    sock_connect: float | None = None
    ceil_threshold: float = 5


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60, sock_connect=30)


class _RequestContextManager:
    """What session.get() returns: awaitable, and an async context manager that releases."""

    __slots__ = ("_coro", "_resp")

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return await self._resp.__aenter__()

    async def __aexit__(self, exc_type, exc, tb):
        await self._resp.__aexit__(exc_type, exc, tb)


class ClientSession:
    """First-class interface for making HTTP requests."""

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None, proxy=None,
                 proxy_auth=None, skip_auto_headers=None, auth=None, json_serialize=_json.dumps,
                 connector_owner=True, raise_for_status=False, timeout=_SENTINEL, auto_decompress=True,
                 trust_env=False, requote_redirect_url=True, trace_configs=None, read_bufsize=2**16,
                 max_line_size=8190, max_field_size=8190, max_headers=128, cookie_jar=None, version=None,
                 fallback_charset_resolver=None, middlewares=()):
        self._connector = None
        loop = loop or (connector._loop if connector is not None else None) or asyncio.get_running_loop()
        self._base_url = None if base_url is None else URL(base_url)
        if self._base_url is not None and not self._base_url.raw_path.endswith("/"):
            raise ValueError("base_url must have a trailing '/'")
        if timeout is _SENTINEL or timeout is None:
            self._timeout = DEFAULT_TIMEOUT
        elif not isinstance(timeout, ClientTimeout):
            raise ValueError(
                f"timeout parameter cannot be of {type(timeout)} type, please use 'timeout=ClientTimeout(...)'"
            )
        else:
            self._timeout = timeout
        self._connector = connector if connector is not None else TCPConnector(loop=loop)
        if self._connector._loop is not loop:
            raise RuntimeError("Session and connector has to use same event loop")
        self._loop = loop
        self._connector_owner = connector_owner
        self._default_headers = CIMultiDict(headers or {})
        self._skip_auto_headers = frozenset(h.lower() for h in (skip_auto_headers or ()))
        self._default_auth = auth
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        self._cookies = dict(cookies or {})

    def __enter__(self):
        raise TypeError("Use async with instead")

    def __exit__(self, *args):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    async def close(self):
        if not self.closed:
            if self._connector is not None and self._connector_owner:
                await self._connector.close()
            self._connector = None

    @property
    def closed(self):
        return self._connector is None or self._connector.closed

    @property
    def connector(self):
        return self._connector

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return self.request("GET", url, allow_redirects=allow_redirects, **kwargs)

    def options(self, url, *, allow_redirects=True, **kwargs):
        return self.request("OPTIONS", url, allow_redirects=allow_redirects, **kwargs)

    def head(self, url, *, allow_redirects=False, **kwargs):
        return self.request("HEAD", url, allow_redirects=allow_redirects, **kwargs)

    def post(self, url, *, data=None, **kwargs):
        return self.request("POST", url, data=data, **kwargs)

    def put(self, url, *, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, *, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None, cookies=None, headers=None,
                       skip_auto_headers=None, auth=None, allow_redirects=True, max_redirects=10, compress=None,
                       chunked=None, expect100=False, raise_for_status=None, read_until_eof=True, proxy=None,
                       proxy_auth=None, timeout=_SENTINEL, verify_ssl=None, fingerprint=None, ssl_context=None,
                       ssl=True, server_hostname=None, proxy_headers=None, trace_request_ctx=None,
                       read_bufsize=None, auto_decompress=None, max_line_size=None, max_field_size=None,
                       max_headers=None, middlewares=None):
        if self.closed:
            raise RuntimeError("Session is closed")
        if data is not None and json is not None:
            raise ValueError("data and json parameters can not be used at the same time")
        body, ctype = _body(data, json, self._json_serialize)
        url = self._build_url(str_or_url).extend_query(params)
        if timeout is _SENTINEL:
            real_timeout = self._timeout
        elif isinstance(timeout, ClientTimeout):
            real_timeout = timeout
        else:
            real_timeout = ClientTimeout(total=timeout)
        sent = CIMultiDict(self._default_headers)
        sent.update(CIMultiDict(headers or {}))
        skip = self._skip_auto_headers | frozenset(h.lower() for h in (skip_auto_headers or ()))
        for name, value in (("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate"), ("User-Agent", SERVER_SOFTWARE)):
            if name.lower() not in skip and name not in sent:
                sent[name] = value
        auth = auth or self._default_auth
        if auth is not None and "Authorization" not in sent:
            sent["Authorization"] = auth.encode()
        if body is not None:
            if ctype and "Content-Type" not in sent:
                sent["Content-Type"] = ctype
            sent["Content-Length"] = str(len(body))
        all_cookies = dict(self._cookies, **dict(cookies or {}))
        if all_cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in all_cookies.items())
        total = real_timeout.total
        if total is None:
            resp = await self._follow(method, url, sent, body, real_timeout, allow_redirects, max_redirects)
        else:
            when = self._loop.time() + total
            if total > real_timeout.ceil_threshold:
                when = math.ceil(when)
            try:
                async with asyncio.timeout_at(when) as deadline:
                    resp = await self._follow(method, url, sent, body, real_timeout, allow_redirects, max_redirects)
            except TimeoutError:
                if not deadline.expired():
                    raise  # sock_read or connect: aiohttp's own ServerTimeoutError subclasses
                raise asyncio.TimeoutError from None
        if raise_for_status is None:
            raise_for_status = self._raise_for_status
        if callable(raise_for_status):
            await raise_for_status(resp)
        elif raise_for_status:
            resp.raise_for_status()
        return resp

    def _keep_cookies(self, resp, headers):
        """Store the cookies ``resp`` sets; returns the headers of a next request (a redirect)
        with its Cookie header brought up to date."""
        sent = {}
        for part in (headers.get("Cookie") or "").split(";"):
            name, sep, value = part.strip().partition("=")
            if sep and name:
                sent[name] = value
        changed = False
        for value in resp.headers.getall("Set-Cookie", ()):
            name, _, rest = value.partition("=")
            content, _, attributes = rest.partition(";")
            changed = True
            if "max-age=0" in attributes.lower().replace(" ", ""):
                self._cookies.pop(name, None)
                sent.pop(name, None)
            else:
                self._cookies[name] = sent[name] = content
        if not changed:
            return headers
        headers = CIMultiDict((k, v) for k, v in headers.items() if k.lower() != "cookie")
        if sent:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in sent.items())
        return headers

    def _build_url(self, str_or_url):
        try:
            url = URL(str_or_url)
            if self._base_url is not None and not url.absolute:
                url = self._base_url.join(url)
        except ValueError as e:
            raise InvalidUrlClientError(str_or_url) from e
        if url.scheme not in self._connector.allowed_protocol_schema_set:
            raise NonHttpUrlClientError(url)
        if not url.raw_host:
            raise InvalidUrlClientError(url)
        return url

    async def _follow(self, method, url, headers, body, timeout, allow_redirects, max_redirects):
        history = []
        while True:
            resp = await self._send(method, url, headers, body, timeout, history)
            headers = self._keep_cookies(resp, headers)
            if not (allow_redirects and resp.status in (301, 302, 303, 307, 308)):
                return resp
            location = resp.headers.get("Location") or resp.headers.get("URI")
            if location is None:
                return resp
            resp.release()
            history.append(resp)
            if max_redirects and len(history) >= max_redirects:
                raise TooManyRedirects(history[0].request_info, tuple(history))
            if (resp.status == 303 and resp.method != "HEAD") or (resp.status in (301, 302) and resp.method == "POST"):
                method, body = "GET", None
                headers = CIMultiDict((k, v) for k, v in headers.items() if k.lower() not in ("content-length", "content-type"))
            url = url.join(URL(location))
            if url.scheme not in ("http", "https"):
                from .client_exceptions import NonHttpUrlRedirectClientError

                raise NonHttpUrlRedirectClientError(location)

    async def _send(self, method, url, headers, body, timeout, history):
        """One request on the simulated network, holding a connection while it waits."""
        target = net.parse_target(str(url))
        key = ConnectionKey(target.host, target.port, target.scheme == "https", True, None, None, None)
        request_info = RequestInfo(url, method, headers.copy(), url)
        connector = self._connector
        try:
            await asyncio.wait_for(connector._acquire((target.host, target.port)), timeout.connect)
        except asyncio.TimeoutError:
            raise ConnectionTimeoutError(f"Connection timeout to host {url}") from None
        try:
            sent = [("Host", target.host_header)] + list(headers.items())
            try:
                exchange = net.current().begin(net.Request(method, target, sent, body or b""))
            except socket.gaierror as err:
                raise ClientConnectorDNSError(key, err) from err
            if not await net.areceive(exchange, timeout.sock_read):
                raise SocketTimeoutError("Timeout on reading data from socket")
            answer = exchange.response
            arrival = net.Arrival(exchange)
        finally:
            connector._release((target.host, target.port))
        return ClientResponse(method, url, answer.status, answer.reason, answer.headers, answer.body,
                              request_info, history, arrival=arrival)


def _body(data, json, serialize):
    """(bytes, content type) for a request body, as aiohttp's payload registry picks them."""
    if json is not None:
        return serialize(json).encode("utf-8"), "application/json"
    if data is None:
        return None, None
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain; charset=utf-8"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if hasattr(data, "items") or isinstance(data, (list, tuple)):
        from urllib.parse import urlencode

        pairs = data.items() if hasattr(data, "items") else data
        return urlencode(list(pairs)).encode("utf-8"), "application/x-www-form-urlencoded"
    raise TypeError(f"data of type {type(data).__name__} is not supported on Interleave's simulated network")


def request(method, url, *, connector=None, **kwargs):
    """aiohttp.request(): a one-off session for a single request, as an async context manager."""
    return _OneOffRequest(method, url, connector, kwargs)


class _OneOffRequest:
    def __init__(self, method, url, connector, kwargs):
        self._args = (method, url, connector, kwargs)
        self._session = None
        self._resp = None

    async def __aenter__(self):
        method, url, connector, kwargs = self._args
        self._session = ClientSession(connector=connector)
        self._resp = await self._session._request(method, url, **kwargs)
        return self._resp

    async def __aexit__(self, *exc):
        self._resp.release()
        await self._session.close()
