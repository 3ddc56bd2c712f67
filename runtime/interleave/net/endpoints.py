"""Endpoints an exercise declares on the simulated network (EndpointSchema in src/contract/run.ts).

An endpoint answers `path` (exact, or with `{name}` segments that match any one segment) for
`method` (any method when absent) on `host` (any host when absent). Its response takes
`latency` virtual seconds in total, round trip included (the service's base round trip when
absent), so an author who writes `latency: 1.5` sees requests take exactly 1.5 s.
A string `body` is sent as text/plain, anything else as JSON. Declared endpoints win over the
built-in httpbin-like routes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from .hosts import normalise
from .model import Request, Response

@dataclass(frozen=True)
class Endpoint:
    path: str
    method: str | None = None
    host: str | None = None
    status: int = 200
    body: Any = ""
    headers: dict[str, str] = field(default_factory=dict)
    latency: float | None = None
    pattern: re.Pattern[str] = field(default=re.compile(""), compare=False)

    def matches(self, request: Request) -> bool:
        if self.method is not None and self.method != request.method:
            return False
        if self.host is not None and self.host != normalise(request.target.host):
            return False
        return self.pattern.fullmatch(request.target.path) is not None

    def respond(self, base_latency: float) -> Response:
        if isinstance(self.body, str):
            body, ctype = self.body.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            body, ctype = json.dumps(self.body).encode("utf-8"), "application/json"
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
        names = {key.lower() for key in self.headers}
        headers = [(k, v) for k, v in headers if k.lower() not in names] + list(self.headers.items())
        try:
            reason = HTTPStatus(self.status).phrase
        except ValueError:
            reason = ""
        latency = base_latency if self.latency is None else self.latency
        return Response(self.status, reason, headers, body, latency)


def _path_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def endpoints_from_request(specs: list[dict[str, Any]] | None) -> list[Endpoint]:
    """The endpoints of a run request. The request was validated against the run contract's
    EndpointSchema (src/contract/run.ts) before it reached Python, the one definition of what an
    endpoint may be: here it is only read (runtime/tests/net/endpoint-fixtures.json goes through
    both sides in net.test.ts)."""
    return [_endpoint(spec) for spec in specs or ()]


def _endpoint(spec: dict[str, Any]) -> Endpoint:
    path, method, host, latency = spec["path"], spec.get("method"), spec.get("host"), spec.get("latency")
    return Endpoint(
        path=path,
        method=method.upper() if method else None,
        host=normalise(host) if host else None,
        status=spec.get("status", 200),
        body=spec.get("body", ""),
        headers=dict(spec.get("headers") or {}),
        latency=None if latency is None else float(latency),
        pattern=_path_pattern(path),
    )
