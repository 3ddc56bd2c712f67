"""The built-in httpbin-like routes, answered under every host that resolves.

Routes: /get /post /put /patch /delete /anything[/...] /delay/N /status/N[,M...] /json /uuid
/bytes/N /headers /ip /user-agent /html /redirect/N /relative-redirect/N /redirect-to?url=,
and those of ``httpbin_extra`` (/base64 /xml /response-headers /basic-auth /cookies /stream /drip).
Bodies follow httpbin's: JSON with sorted keys, two-space indent and ", " separators, ending
in a newline; request headers echoed title-cased; origin "127.0.0.1"; reason phrases in upper
case as its server sends them ("404 NOT FOUND"). Simplified: no X-Amzn-Trace-Id header, /html
is a short page, multipart bodies are echoed as `data`, /status picks among codes with the
run's seeded generator (weights ignored), /delay caps at 10 s as httpbin does.
"""

from __future__ import annotations

import base64
import json
import random
import re
import uuid
from email.utils import formatdate
from http import HTTPStatus
from urllib.parse import parse_qsl

from . import httpbin_extra as extra
from .model import Request, Response

ORIGIN = "127.0.0.1"
MAX_DELAY = 10.0
MAX_BYTES = 100 * 1024
_BODY_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")

SLIDESHOW = {
    "slideshow": {
        "author": "Yours Truly",
        "date": "date of publication",
        "slides": [
            {"title": "Wake up to WonderWidgets!", "type": "all"},
            {
                "items": ["Why <em>WonderWidgets</em> are great", "Who <em>buys</em> WonderWidgets"],
                "title": "Overview",
                "type": "all",
            },
        ],
        "title": "Sample Slide Show",
    }
}

HTML_PAGE = (
    "<!DOCTYPE html>\n<html>\n  <head>\n  </head>\n  <body>\n      <h1>Herman Melville - Moby-Dick</h1>\n\n"
    "      <div>\n        <p>\n          Availing himself of the mild, summer-cool weather that now reigned in these "
    "latitudes, and in preparation for the peculiarly active pursuits shortly to be anticipated, Perth, the "
    "begrimed, blistered old blacksmith, had not removed his portable forge to the hold again, after concluding "
    "his contributory work for Ahab's leg, but still retained it on deck.\n        </p>\n      </div>\n  "
    "</body>\n</html>"
)

TEAPOT = (
    "\n    -=[ teapot ]=-\n\n       _...._\n     .'  _ _ `.\n    | .\"` ^ `\". _,\n    \\_;`\"---\"`|//\n"
    "      |       ;/\n      \\_     _/\n        `\"\"\"`\n"
)


def reason_of(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.upper()
    except ValueError:
        return "UNKNOWN"


def dumps(obj: object) -> bytes:
    return (json.dumps(obj, indent=2, sort_keys=True, separators=(", ", ": ")) + "\n").encode()


def _title(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


def _multi(pairs: list[tuple[str, str]]) -> dict[str, object]:
    """httpbin's MultiDict rendering: one value as a string, several as a list."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            prev = out[key]
            out[key] = (prev if isinstance(prev, list) else [prev]) + [value]
        else:
            out[key] = value
    return out


def echoed_headers(request: Request) -> dict[str, str]:
    headers = {_title(k): v for k, v in request.headers if k.lower() not in ("connection", "keep-alive")}
    headers.setdefault("Host", request.target.host_header)
    if request.body and "Content-Length" not in headers:
        headers["Content-Length"] = str(len(request.body))
    return headers


def _echo(request: Request, with_body: bool) -> dict[str, object]:
    data: dict[str, object] = {
        "args": _multi(parse_qsl(request.target.query, keep_blank_values=True)),
        "headers": echoed_headers(request),
        "origin": ORIGIN,
        "url": request.target.url,
    }
    if not with_body:
        return data
    ctype = (request.header("Content-Type") or "").split(";")[0].strip().lower()
    form: dict[str, object] = {}
    parsed: object = None
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        text = "data:application/octet-stream;base64," + base64.b64encode(request.body).decode("ascii")
    if ctype == "application/x-www-form-urlencoded":
        form, text = _multi(parse_qsl(text, keep_blank_values=True)), ""
    else:
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = None
    data.update({"data": text, "files": {}, "form": form, "json": parsed})
    return data


def _json(status: int, obj: object) -> Response:
    return _make(status, "application/json", dumps(obj))


def _make(status: int, ctype: str, body: bytes, extra: list[tuple[str, str]] | None = None) -> Response:
    headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))] + (extra or [])
    return Response(status, reason_of(status), headers, body)


def _html_error(status: int, text: str, extra: list[tuple[str, str]] | None = None) -> Response:
    title = HTTPStatus(status).phrase
    body = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n'
        f"<title>{status} {title}</title>\n<h1>{title}</h1>\n<p>{text}</p>\n"
    ).encode()
    return _make(status, "text/html", body, extra)


def not_found() -> Response:
    return _html_error(
        404,
        "The requested URL was not found on the server. "
        " If you entered the URL manually please check your spelling and try again.",
    )


def _not_allowed(allowed: tuple[str, ...]) -> Response:
    return _html_error(
        405,
        "The method is not allowed for the requested URL.",
        [("Allow", ", ".join(sorted(set(allowed) | {"OPTIONS"})))],
    )


def _status(codes: str, rng: random.Random) -> Response:
    try:
        choices = [int(code.split(":")[0]) for code in codes.split(",")]
    except ValueError:
        return _html_error(400, "Invalid status code")
    status = choices[0] if len(choices) == 1 else rng.choice(choices)
    extra: list[tuple[str, str]] = []
    body = b""
    if status in (301, 302, 303, 305, 307):
        extra.append(("Location", "/redirect/1"))
    elif status == 401:
        extra.append(("WWW-Authenticate", 'Basic realm="Fake Realm"'))
    elif status == 418:
        body = TEAPOT.encode()
        extra.append(("X-More-Info", "http://tools.ietf.org/html/rfc2324"))
    return _make(status, "text/html; charset=utf-8", body, extra)


def _redirect(location: str, status: int = 302) -> Response:
    return _make(status, "text/html; charset=utf-8", b"", [("Location", location)])


def route(request: Request, rng: random.Random) -> tuple[Response, float]:
    """Answers a request; returns the response and the server-side delay (virtual seconds)."""
    method, path = request.method, request.target.path
    simple = {
        "/get": ("GET", lambda: _json(200, _echo(request, False))),
        "/json": ("GET", lambda: _json(200, SLIDESHOW)),
        "/uuid": ("GET", lambda: _json(200, {"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4))})),
        "/headers": ("GET", lambda: _json(200, {"headers": echoed_headers(request)})),
        "/ip": ("GET", lambda: _json(200, {"origin": ORIGIN})),
        "/user-agent": ("GET", lambda: _json(200, {"user-agent": request.header("User-Agent")})),
        "/html": ("GET", lambda: _make(200, "text/html; charset=utf-8", HTML_PAGE.encode())),
        "/xml": ("GET", lambda: _make(200, "application/xml", extra.SAMPLE_XML.encode())),
        "/response-headers": ("GET", lambda: extra.response_headers(request, dumps)),
        "/post": ("POST", lambda: _json(200, _echo(request, True))),
        "/put": ("PUT", lambda: _json(200, _echo(request, True))),
        "/patch": ("PATCH", lambda: _json(200, _echo(request, True))),
        "/delete": ("DELETE", lambda: _json(200, _echo(request, True))),
    }
    if path in simple:
        allowed, make = simple[path]
        allowed_methods = (allowed, "HEAD") if allowed == "GET" else (allowed,)
        return (make() if method in allowed_methods else _not_allowed(allowed_methods)), 0.0
    if path == "/anything" or path.startswith("/anything/"):
        return _json(200, dict(_echo(request, True), method=method)), 0.0
    if path == "/cookies" or path.startswith("/cookies/"):
        answer = extra.cookies(request, path, _json, _redirect)
        return (answer or not_found()), 0.0
    if path == "/drip":
        return extra.drip(request, _make, _html_error)
    auth = re.fullmatch(r"/basic-auth/([^/]+)/([^/]+)", path)
    if auth:
        return extra.basic_auth(request, auth[1], auth[2], _json, _make), 0.0
    if path.startswith("/base64/") and len(path) > len("/base64/"):
        return extra.base64_page(path[len("/base64/"):], _make), 0.0
    if path == "/redirect-to":
        args = dict(parse_qsl(request.target.query))
        if "url" not in args:
            return _html_error(400, "Missing url parameter"), 0.0
        code = int(args.get("status_code", "302")) if args.get("status_code", "302").isdigit() else 302
        return _redirect(args["url"], code if 300 <= code < 400 else 302), 0.0
    match = re.fullmatch(r"/(delay|status|bytes|stream|redirect|relative-redirect)/([^/]+)", path)
    if not match:
        return not_found(), 0.0
    kind, arg = match.groups()
    if kind == "status":
        return _status(arg, rng), 0.0
    if kind == "delay":
        try:
            delay = float(arg)
        except ValueError:
            return not_found(), 0.0
        if method not in _BODY_METHODS:
            return _not_allowed(_BODY_METHODS), 0.0
        echo = _echo(request, True)
        echo.pop("json")
        return _json(200, echo), min(max(delay, 0.0), MAX_DELAY)
    if not arg.isdigit():
        return not_found(), 0.0
    count = int(arg)
    if kind == "bytes":
        return _make(200, "application/octet-stream", rng.randbytes(min(count, MAX_BYTES))), 0.0
    if kind == "stream":
        return extra.stream_lines(request, count, lambda r: _echo(r, False)), 0.0
    if count < 1:
        return _html_error(400, "Bad Request"), 0.0
    return _redirect("/get" if count == 1 else f"/relative-redirect/{count - 1}"), 0.0


def with_server_headers(response: Response, now_epoch: float) -> Response:
    """Adds the headers every httpbin response carries, in its server's order."""
    response.headers = (
        [("Date", formatdate(now_epoch, usegmt=True))]
        + response.headers
        + [
            ("Connection", "keep-alive"),
            ("Server", "gunicorn/19.9.0"),
            ("Access-Control-Allow-Origin", "*"),
            ("Access-Control-Allow-Credentials", "true"),
        ]
    )
    return response
