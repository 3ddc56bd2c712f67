"""More of httpbin's routes: /base64/<value>, /xml, /response-headers, /basic-auth/<u>/<p>,
/cookies (+ /cookies/set, /cookies/delete), /stream/<n> and /drip.

As httpbin answers them: /base64 decodes URL-safe base64 into a text/html body (or its hint
on bad input), /response-headers echoes its query as headers and as JSON (Content-Length
included, computed until it no longer changes), /basic-auth answers 401 with a Basic
challenge unless the Authorization header matches, /cookies/set and /cookies/delete set or
expire cookies and redirect to /cookies. /stream/<n> sends n JSON lines (n capped at 100)
chunked; /drip sends ``numbytes`` asterisks spread over ``duration`` seconds after ``delay``:
their bodies arrive piece by piece on the virtual clock (``Response.pieces``).
"""

from __future__ import annotations

import base64
import binascii
import json
from urllib.parse import parse_qsl

from .model import Request, Response

SAMPLE_XML = """<?xml version='1.0' encoding='us-ascii'?>

<!--  A SAMPLE set of slides  -->

<slideshow
    title="Sample Slide Show"
    date="Date of publication"
    author="Yours Truly"
    >

    <!-- TITLE SLIDE -->
    <slide type="all">
      <title>Wake up to WonderWidgets!</title>
    </slide>

    <!-- OVERVIEW -->
    <slide type="all">
        <title>Overview</title>
        <item>Why <em>WonderWidgets</em> are great</item>
        <item/>
        <item>Who <em>buys</em> WonderWidgets</item>
    </slide>

</slideshow>"""

MAX_STREAM = 100
MAX_DRIP_BYTES = 10 * 1024 * 1024
EXPIRED = "Expires=Thu, 01-Jan-1970 00:00:00 GMT; Max-Age=0; Path=/"


def _args(request: Request) -> list[tuple[str, str]]:
    return parse_qsl(request.target.query, keep_blank_values=True)


def cookies_of(request: Request) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (request.header("Cookie") or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            out[name] = value
    return out


def base64_page(value: str, make) -> Response:
    try:
        text = base64.urlsafe_b64decode(value.encode("utf-8")).decode("utf-8")
    except (binascii.Error, ValueError):
        text = "Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l"
    return make(200, "text/html; charset=utf-8", text.encode())


def response_headers(request: Request, dumps) -> Response:
    """httpbin's fixed point: the JSON lists the response's headers, Content-Length included,
    which depends on the JSON's own length."""
    pairs = _args(request)
    merged: dict[str, object] = {}
    for key, value in pairs:
        prev = merged.get(key)
        merged[key] = value if prev is None else (prev if isinstance(prev, list) else [prev]) + [value]
    body = b""
    while True:
        shown: dict[str, object] = {"Content-Length": str(len(body)), "Content-Type": "application/json"}
        shown.update(merged)
        new = dumps(shown)
        if new == body:
            break
        body = new
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))] + pairs
    return Response(200, "OK", headers, body)


def basic_auth(request: Request, user: str, password: str, json_response, make) -> Response:
    given = request.header("Authorization") or ""
    scheme, _, token = given.partition(" ")
    try:
        ok = scheme.lower() == "basic" and base64.b64decode(token).decode() == f"{user}:{password}"
    except (binascii.Error, ValueError):
        ok = False
    if ok:
        return json_response(200, {"authenticated": True, "user": user})
    return make(401, "text/html; charset=utf-8", b"", [("WWW-Authenticate", 'Basic realm="Fake Realm"')])


def cookies(request: Request, path: str, json_response, redirect) -> Response | None:
    if path == "/cookies":
        return json_response(200, {"cookies": cookies_of(request)})
    if path == "/cookies/set":
        response = redirect("/cookies")
        response.headers += [("Set-Cookie", f"{k}={v}; Path=/") for k, v in _args(request)]
        return response
    if path.startswith("/cookies/set/"):
        name, _, value = path[len("/cookies/set/"):].partition("/")
        if not name or not value or "/" in value:
            return None
        response = redirect("/cookies")
        response.headers.append(("Set-Cookie", f"{name}={value}; Path=/"))
        return response
    if path == "/cookies/delete":
        response = redirect("/cookies")
        response.headers += [("Set-Cookie", f"{k}=; {EXPIRED}") for k, _ in _args(request)]
        return response
    return None


def stream_lines(request: Request, count: int, echo) -> Response:
    """n JSON lines, sent as chunks of one line each (no Content-Length)."""
    base = echo(request)
    lines = []
    for i in range(min(count, MAX_STREAM)):
        item = {"url": base["url"], "args": base["args"], "headers": base["headers"],
                "origin": base["origin"], "id": i}
        lines.append((json.dumps(item) + "\n").encode())
    response = Response(200, "OK", [("Content-Type", "application/json"),
                                    ("Transfer-Encoding", "chunked")], b"".join(lines))
    response.pieces = [(0.0, line) for line in lines]
    return response


def drip(request: Request, make, html_error) -> tuple[Response, float]:
    """``numbytes`` asterisks, one every ``duration / numbytes`` seconds after a ``delay``;
    the body ends ``duration`` seconds after the headers."""
    args = dict(_args(request))
    try:
        duration = float(args.get("duration", 2))
        numbytes = int(args.get("numbytes", 10))
        code = int(args.get("code", 200))
        delay = float(args.get("delay", 0))
    except ValueError:
        return html_error(400, "Bad Request"), 0.0
    if numbytes <= 0 or numbytes > MAX_DRIP_BYTES:
        return make(400, "text/html; charset=utf-8",
                    b"number of bytes must be in the range (0, 10MB]"), 0.0
    pause = duration / numbytes
    response = make(code, "application/octet-stream", b"*" * numbytes)
    response.pieces = [(i * pause, b"*") for i in range(numbytes)]
    response.body_end = duration
    return response, max(delay, 0.0)
