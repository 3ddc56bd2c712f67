"""The virtual service: resolves hosts, answers requests, times them, and logs them.

Latency model: a request's answer arrives `base_latency` (default 0.05 s, one modelled round
trip) plus the route's server time (e.g. N s for /delay/N) after it is sent; a declared endpoint
with a `latency` takes exactly that. Optional seeded jitter adds up to `jitter` seconds, drawn
per request in the order requests are sent; it is off by default so outputs are exact.
A host that does not resolve fails at once (no modelled DNS time).

Clients wait for the answer with `receive` (blocking clients: time.sleep) or `areceive` (async
clients: asyncio.sleep), the ordinary primitives the runtime runs on the virtual clock, and raise
their own library's error when the wait ends in a timeout. `time_scale` multiplies the waits; it
exists so unit tests on plain CPython run fast.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from . import httpbin
from .. import context
from ..contract import Reason
from .endpoints import Endpoint, endpoints_from_request
from .hosts import normalise, resolves
from .model import Exchange, Request, dns_error

Observer = Callable[[dict[str, Any]], None]


class Service:
    """One run's virtual internet. `install()` makes a fresh one before each run."""

    def __init__(
        self,
        endpoints: list[Endpoint] | None = None,
        seed: int = 0,
        base_latency: float = 0.05,
        jitter: float = 0.0,
        time_scale: float = 1.0,
    ) -> None:
        self.endpoints = endpoints or []
        self.declared_hosts = frozenset(e.host for e in self.endpoints if e.host)
        self.base_latency = base_latency
        self.jitter = jitter
        self.time_scale = time_scale
        # Two generators, so that turning jitter on does not change /uuid or /bytes contents.
        self._content_rng = random.Random(seed)
        self._jitter_rng = random.Random(f"jitter-{seed}")
        self._next_id = 1
        self.log: list[dict[str, Any]] = []

    def begin(self, request: Request) -> Exchange:
        """Sends a request: raises socket.gaierror for an unknown host, else returns the
        exchange whose response arrives `exchange.response.latency` seconds from now."""
        entry = self._log_start(request)
        if not resolves(request.target.host, self.declared_hosts):
            self._log_end(entry, None, "Name or service not known")
            raise dns_error()
        return Exchange(entry["id"], request, self._answer(request))

    def finish(self, exchange: Exchange, error: str | None = None) -> None:
        """Records that the exchange ended: its response arrived, or `error` (e.g. a timeout)."""
        entry = self.log[exchange.id - 1]
        self._log_end(entry, None if error else exchange.response.status, error)

    def _answer(self, request: Request):
        for endpoint in self.endpoints:
            if endpoint.matches(request):
                response = endpoint.respond(self.base_latency)
                break
        else:
            response, delay = httpbin.route(request, self._content_rng)
            response = httpbin.with_server_headers(response, time.time())
            response.latency = self.base_latency + delay
        if request.method == "HEAD":
            response.body = b""
        if self.jitter > 0:
            response.latency += self._jitter_rng.uniform(0.0, self.jitter)
        return response

    def _log_start(self, request: Request) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "id": self._next_id,
            "method": request.method,
            "url": request.target.url,
            "host": normalise(request.target.host),
            "status": None,
            "start": time.monotonic(),
            "end": None,
            "error": None,
        }
        self._next_id += 1
        self.log.append(entry)
        _notify({"phase": "start", "id": entry["id"], "method": entry["method"], "url": entry["url"], "status": None})
        return entry

    def _log_end(self, entry: dict[str, Any], status: int | None, error: str | None) -> None:
        entry.update(status=status, end=time.monotonic(), error=error)
        event = {"phase": "end", "id": entry["id"], "method": entry["method"], "url": entry["url"], "status": status}
        if error:
            event["error"] = error
        _notify(event)


#: The service outside any run (the service's own unit tests); a run's is its context's ``net``.
_outside: Service | None = None
#: The host's hook for request events, set once (``set_observer``): wiring, not run state.
_observer: Observer | None = None


def current() -> Service:
    """The run's service (a default one when a program runs without `install`)."""
    global _outside
    ctx = context.active()
    if ctx is not None:
        if ctx.net is None:
            ctx.net = Service()
        return ctx.net
    if _outside is None:
        _outside = Service()
    return _outside


def install(
    endpoints: list[dict[str, Any]] | None = None,
    seed: int = 0,
    *,
    base_latency: float = 0.05,
    jitter: float = 0.0,
    time_scale: float = 1.0,
) -> None:
    """Starts a fresh virtual internet for the active run (the observer is kept);
    `interleave.net.install` also routes urllib to it.

    Raises ValueError naming the endpoint and field when `endpoints` is malformed."""
    global _outside
    for name, value in (("base_latency", base_latency), ("jitter", jitter), ("time_scale", time_scale)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{name} must be a non-negative number, got {value!r}")
    fresh = Service(endpoints_from_request(endpoints), seed, float(base_latency), float(jitter), float(time_scale))
    ctx = context.active()
    if ctx is not None:
        ctx.net = fresh
    else:
        _outside = fresh


def set_observer(fn: Observer | None) -> None:
    """fn(event) is called with {"phase": "start"|"end", "id", "method", "url", "status"}
    (and "error" on a failed end) as requests start and end, on the virtual clock."""
    global _observer
    _observer = fn


def _notify(event: dict[str, Any]) -> None:
    if _observer is not None:
        _observer(event)


def waiting(detail: str, reason: str = Reason.NETWORK) -> AbstractContextManager[object]:
    """Marks the current thread or task as blocked on `reason` for the trace, when the
    runtime's scheduler offers `interleave.sched.blocking`; a no-op otherwise."""
    try:
        from interleave.sched import blocking  # type: ignore[import-not-found]
    except ImportError:
        return contextlib.nullcontext()
    return blocking(reason, detail)


def block(seconds: float, detail: str, reason: str = Reason.NETWORK) -> None:
    """Waits in a blocking client (requests, urllib) with time.sleep."""
    with waiting(detail, reason):
        time.sleep(max(0.0, seconds) * current().time_scale)


async def pause(seconds: float, detail: str, reason: str = Reason.NETWORK) -> None:
    """Waits in an async client (aiohttp, aiofiles) with asyncio.sleep (always yields)."""
    import asyncio  # looked up per call: the runtime gives each run a fresh asyncio module

    with waiting(detail, reason):
        await asyncio.sleep(max(0.0, seconds) * current().time_scale)


def receive(exchange: Exchange, timeout: float | None = None) -> bool:
    """Blocks until the exchange's response arrives, or for `timeout` seconds if that comes
    first, and records the end. Returns whether the response arrived."""
    arrives = timeout is None or exchange.response.latency <= timeout
    try:
        block(exchange.response.latency if timeout is None or arrives else timeout, exchange.detail)
    except BaseException:
        current().finish(exchange, "cancelled")
        raise
    current().finish(exchange, None if arrives else "timed out")
    return arrives


async def areceive(exchange: Exchange, timeout: float | None = None) -> bool:
    """The async `receive`: waits on the event loop; a cancelled wait is recorded as such."""
    arrives = timeout is None or exchange.response.latency <= timeout
    try:
        await pause(exchange.response.latency if timeout is None or arrives else timeout, exchange.detail)
    except BaseException:
        current().finish(exchange, "cancelled")
        raise
    current().finish(exchange, None if arrives else "timed out")
    return arrives
