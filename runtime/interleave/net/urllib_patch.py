"""Routes `urllib.request` to the virtual service.

`install()` puts a handler in front of urllib's own HTTP(S) handlers, in the global opener that
`urlopen` uses and in every opener `build_opener` makes afterwards. The handler runs urllib's
own `do_open` with a virtual connection class, so headers, redirects (HTTPRedirectHandler),
HTTPError for 4xx/5xx (HTTPErrorProcessor) and the `http.client.HTTPResponse` object are
CPython's own. What the connection does differently:
- an unknown host raises `socket.gaierror(-2, 'Name or service not known')` while sending,
  which urllib turns into `URLError(<urlopen error [Errno -2] Name or service not known>)`;
- the response arrives after the service's latency (`time.sleep`); past `timeout` the read
  raises `TimeoutError('timed out')` (socket.timeout), as CPython's socket read does.
Environment proxies are ignored: there is no proxy on the virtual internet.
"""

from __future__ import annotations

import io
import socket
import urllib.request
from typing import Any

# pyright: reportAttributeAccessIssue=false, reportArgumentType=false
# (urllib's plumbing is handed duck-typed stand-ins: a socket that is bytes, a connection class)

from . import service
from .model import Request, parse_target

_original_build_opener = urllib.request.build_opener


class _BytesSocket:
    """Just enough of a socket for http.client.HTTPResponse to parse a canned answer."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def makefile(self, mode: str, *args: Any, **kwargs: Any) -> io.BytesIO:
        return io.BytesIO(self._raw)

    def close(self) -> None:
        pass


class VirtualConnection:
    """The part of http.client.HTTPConnection that urllib's do_open uses."""

    def __init__(self, host: str, timeout: Any = socket._GLOBAL_DEFAULT_TIMEOUT, *, scheme: str = "http", **_: Any):
        self.host = host
        self.scheme = scheme
        self.timeout = socket.getdefaulttimeout() if timeout is socket._GLOBAL_DEFAULT_TIMEOUT else timeout
        self.sock = None
        self._exchange = None

    def set_debuglevel(self, level: int) -> None:
        pass

    def set_tunnel(self, host: str, port: int | None = None, headers: Any = None) -> None:
        pass

    def request(self, method: str, url: str, body: Any = None, headers: Any = None, **_: Any) -> None:
        target = parse_target(f"{self.scheme}://{self.host}{url}")
        sent = [("Host", target.host_header), ("Accept-Encoding", "identity")]
        names = {k.lower() for k in (headers or {})}
        sent = [(k, v) for k, v in sent if k.lower() not in names] + list((headers or {}).items())
        request = Request(method, target, sent, _body_bytes(body))
        self._exchange = service.current().begin(request)  # socket.gaierror: urllib makes it a URLError

    def getresponse(self) -> Any:
        import http.client

        exchange = self._exchange
        if exchange is None:
            raise http.client.ResponseNotReady("Idle")
        if not service.receive(exchange, self.timeout):
            raise socket.timeout("timed out")
        response = exchange.response
        head = f"HTTP/1.1 {response.status} {response.reason}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in response.headers) + "\r\n"
        result = http.client.HTTPResponse(_BytesSocket(head.encode("latin-1") + response.body), method=exchange.request.method)
        result.begin()
        return result

    def close(self) -> None:
        self.sock = None


def _body_bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("iso-8859-1")
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    if hasattr(body, "read"):
        data = body.read()
        return data.encode("iso-8859-1") if isinstance(data, str) else bytes(data)
    return b"".join(bytes(chunk) for chunk in body)


class VirtualHTTPHandler(urllib.request.HTTPHandler):
    """Answers http and https URLs from the virtual service (ahead of urllib's handlers)."""

    handler_order = 400

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(VirtualConnection, req, scheme="http")

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(VirtualConnection, req, scheme="https")

    https_request = urllib.request.AbstractHTTPHandler.do_request_


def build_opener(*handlers: Any) -> urllib.request.OpenerDirector:
    """urllib.request.build_opener with the virtual handler first and no environment proxies."""
    extra: list[Any] = [VirtualHTTPHandler()]
    if not any(isinstance(h, urllib.request.ProxyHandler) or h is urllib.request.ProxyHandler for h in handlers):
        extra.append(urllib.request.ProxyHandler({}))
    return _original_build_opener(*extra, *handlers)


_installed: list[urllib.request.OpenerDirector] = []


def install() -> None:
    """Routes urlopen (and openers built from now on) to the virtual service. Idempotent: the
    opener installed before the engine's snapshot is every run's (building one took 75 ms a run)."""
    urllib.request.build_opener = build_opener
    if _installed and urllib.request._opener is _installed[0]:
        return
    opener = build_opener()
    urllib.request.install_opener(opener)
    _installed[:] = [opener]
