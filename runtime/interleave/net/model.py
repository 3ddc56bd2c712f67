"""Plain data of the simulated network: a parsed URL, a request, a response, an exchange.

Shared by the virtual service and the client stand-ins (aiohttp, requests, urllib). Nothing here
waits or reads a clock, so it runs the same under the simulator and under plain CPython.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Target:
    """Where a request goes: the pieces of an absolute http(s) URL."""

    scheme: str
    host: str
    port: int
    path: str
    query: str

    @property
    def url(self) -> str:
        """The URL as the service echoes it (default port left out, as httpbin does)."""
        netloc = self.host if self.port == DEFAULT_PORTS.get(self.scheme) else f"{self.host}:{self.port}"
        return f"{self.scheme}://{netloc}{self.path}" + (f"?{self.query}" if self.query else "")

    @property
    def selector(self) -> str:
        """Path plus query, as sent on the request line."""
        return self.path + (f"?{self.query}" if self.query else "")

    @property
    def host_header(self) -> str:
        return self.host if self.port == DEFAULT_PORTS.get(self.scheme) else f"{self.host}:{self.port}"


def parse_target(url: str) -> Target:
    """Splits an absolute http(s) URL. Raises ValueError naming what is wrong with it."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"unsupported URL scheme {parts.scheme!r} in {url!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValueError(f"no host in URL {url!r}")
    port = parts.port or DEFAULT_PORTS[scheme]
    return Target(scheme, host, port, parts.path or "/", parts.query)


def dns_error() -> socket.gaierror:
    """What CPython's getaddrinfo raises on Linux for a name with no address:
    `[Errno -2] Name or service not known` (-2 is EAI_NONAME there; spelled out so the
    message is the same under Emscripten)."""
    return socket.gaierror(-2, "Name or service not known")


def _find(headers: list[tuple[str, str]], name: str) -> str | None:
    lowered = name.lower()
    return next((value for key, value in headers if key.lower() == lowered), None)


@dataclass
class Request:
    """A request as a client sends it. `headers` keeps the client's order and spelling."""

    method: str
    target: Target
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return _find(self.headers, name)


@dataclass
class Response:
    """What the service answers. `latency` is the virtual time the answer (its headers, and
    the whole body unless it streams) takes to arrive, counted from the moment the request is
    sent (round trip included). A streamed body (/drip, /stream) comes in `pieces`: (seconds
    after the headers, bytes), in order, and ends `body_end` seconds after the headers."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    latency: float = 0.0
    pieces: list[tuple[float, bytes]] = field(default_factory=list)
    body_end: float = 0.0

    def header(self, name: str) -> str | None:
        return _find(self.headers, name)


@dataclass
class Exchange:
    """One request in flight: what was asked and what will come back."""

    id: int
    request: Request
    response: Response

    @property
    def detail(self) -> str:
        """How the trace names the wait, e.g. "GET https://httpbin.org/delay/2"."""
        return f"{self.request.method} {self.request.target.url}"
