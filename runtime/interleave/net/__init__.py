"""Interleave's simulated network: a virtual internet answered on the virtual clock.

The runner calls `install(endpoints, seed)` before each run and may `set_observer(fn)` once to
see requests start and end. The stand-ins for aiohttp and requests (runtime/shims/) and the
urllib handler (urllib_patch) send every request to the current `Service`, which resolves the
host, answers from a declared endpoint or the httpbin-like routes, and says how long the answer
takes; the client then waits for it with `receive` (time.sleep) or `areceive` (asyncio.sleep).

Public API:
    install(endpoints, seed, *, base_latency=0.05, jitter=0.0, time_scale=1.0)
    set_observer(fn)          fn({"phase": "start"|"end", "id", "method", "url", "status"})
    requests_log()            the run's requests: id, method, url, host, status, start, end, error
    waiting(detail, reason)   context manager marking the current lane blocked, when the
                              scheduler provides interleave.sched.blocking
"""

from __future__ import annotations

from typing import Any

from .model import Request, Response, Target, dns_error, parse_target
from . import service, urllib_patch
from .service import Service, areceive, block, current, pause, receive, set_observer, waiting
from .streaming import Arrival

__all__ = [
    "Arrival",
    "Request",
    "Response",
    "Service",
    "Target",
    "areceive",
    "block",
    "current",
    "dns_error",
    "install",
    "parse_target",
    "pause",
    "receive",
    "requests_log",
    "set_observer",
    "waiting",
]


def install(endpoints: list[dict[str, Any]] | None = None, seed: int = 0, **options: float) -> None:
    """Starts a fresh virtual internet for a run and routes urllib to it; `options` are
    `service.install`'s (base_latency, jitter, time_scale).

    `endpoints` were validated by the run contract before the run (src/contract)."""
    service.install(endpoints, seed, **options)
    urllib_patch.install()


def requests_log() -> list[dict[str, Any]]:
    """Copies of the log entries of the current run, in the order requests were sent.
    `start`/`end` are `time.monotonic()` readings (virtual under the runtime)."""
    return [dict(entry) for entry in current().log]
