"""Endpoints an exercise declares on the simulated network (EndpointSpec in src/engine/types.ts).

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

_FIELDS = {"method", "host", "path", "status", "body", "headers", "latency"}


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


def parse_endpoints(specs: Any) -> list[Endpoint]:
    """Validates EndpointSpec dicts. Raises ValueError naming the endpoint and the field."""
    if specs is None:
        return []
    if not isinstance(specs, (list, tuple)):
        raise ValueError(f"endpoints must be a list of objects, got {type(specs).__name__}")
    return [_parse_one(i, spec) for i, spec in enumerate(specs)]


def _parse_one(i: int, spec: Any) -> Endpoint:
    where = f"endpoints[{i}]"
    if not isinstance(spec, dict):
        raise ValueError(f"{where} must be an object, got {type(spec).__name__}")
    unknown = sorted(set(spec) - _FIELDS)
    if unknown:
        raise ValueError(f"{where} has unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_FIELDS))}")
    path = spec.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"{where}.path must be a string starting with '/', got {path!r}")
    method = spec.get("method")
    if method is not None and (not isinstance(method, str) or not method.isalpha()):
        raise ValueError(f"{where}.method must be an HTTP method such as 'GET', got {method!r}")
    host = spec.get("host")
    if host is not None and (not isinstance(host, str) or not normalise(host)):
        raise ValueError(f"{where}.host must be a host name such as 'api.example.com', got {host!r}")
    status = spec.get("status", 200)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ValueError(f"{where}.status must be an integer from 100 to 599, got {status!r}")
    headers = spec.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise ValueError(f"{where}.headers must map header names to string values, got {headers!r}")
    latency = spec.get("latency")
    if latency is not None and (isinstance(latency, bool) or not isinstance(latency, (int, float)) or latency < 0):
        raise ValueError(f"{where}.latency must be a non-negative number of seconds, got {latency!r}")
    body = spec.get("body", "")
    if not isinstance(body, str):
        try:
            json.dumps(body)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{where}.body must be a string or JSON-serialisable, got {body!r} ({exc})") from None
    return Endpoint(
        path=path,
        method=method.upper() if method else None,
        host=normalise(host) if host else None,
        status=status,
        body=body,
        headers=dict(headers),
        latency=None if latency is None else float(latency),
        pattern=_path_pattern(path),
    )
