"""requests.Session for Interleave's stand-in, sending to the simulated network.

A request blocks its thread for the service's latency with `time.sleep` (virtual under the
runtime). Timeouts follow requests/urllib3: a number is both the connect and the read timeout,
a (connect, read) tuple sets each; a response slower than the read timeout raises ReadTimeout
after that many seconds. Connecting takes no modelled time, so ConnectTimeout never happens.
An unknown host raises ConnectionError with urllib3's NameResolutionError message. Redirects
are followed as requests does (303, and 301/302 after POST, become GET; 30 at most). Cookies a
response sets are kept in the session (``Set-Cookie``, expired ones dropped). A streamed body
(/drip, /stream) arrives over virtual time: ``stream=True`` reads it as it comes.
Simplified: no connection pool, retries, proxies, certificates; cookies ignore domain and path.
"""

import socket
from datetime import timedelta
from urllib.parse import urljoin

from interleave import net

from . import __version__
from .adapters import HTTPAdapter
from .exceptions import InvalidSchema, ReadTimeout, TooManyRedirects
from .exceptions import ConnectionError as RequestsConnectionError
from .models import PreparedRequest, Request, Response, get_encoding_from_headers
from .structures import CaseInsensitiveDict

DEFAULT_REDIRECT_LIMIT = 30


def default_headers():
    return CaseInsensitiveDict({
        "User-Agent": f"python-requests/{__version__}",
        "Accept-Encoding": "gzip, deflate",
        "Accept": "*/*",
        "Connection": "keep-alive",
    })


def _check_timeout_value(name, value):
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"Timeout value {name} was {value}, but it must be an int, float or None.")
    if value <= 0:
        raise ValueError(
            f"Attempted to set {name} timeout to {value}, but the timeout cannot be set to a value less than or equal to 0."
        )


def _read_timeout(timeout):
    """Validates `timeout` as requests' adapter does and returns the read timeout (or None)."""
    if isinstance(timeout, tuple):
        try:
            connect, read = timeout
            _check_timeout_value("connect", connect)
            _check_timeout_value("read", read)
        except ValueError:
            raise ValueError(
                f"Invalid timeout {timeout}. Pass a (connect, read) timeout tuple, "
                "or a single float to set both timeouts to the same value."
            ) from None
        return read
    _check_timeout_value("connect", timeout)
    _check_timeout_value("read", timeout)
    return timeout


def _merge(session_value, request_value):
    if request_value is None:
        return session_value
    if session_value is None:
        return request_value
    merged = CaseInsensitiveDict(session_value)
    merged.update(request_value)
    return CaseInsensitiveDict((k, v) for k, v in merged.items() if v is not None)


class Session:
    """A requests Session: default headers, params and auth, and a context manager."""

    def __init__(self):
        self.headers = default_headers()
        self.auth = None
        self.proxies = {}
        self.hooks = {"response": []}
        self.params = {}
        self.stream = False
        self.verify = True
        self.cert = None
        self.max_redirects = DEFAULT_REDIRECT_LIMIT
        self.trust_env = True
        self.cookies = {}
        self.adapters = {}
        self.mount("https://", HTTPAdapter())
        self.mount("http://", HTTPAdapter())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def mount(self, prefix, adapter):
        self.adapters[prefix] = adapter

    def get_adapter(self, url):
        for prefix, adapter in sorted(self.adapters.items(), key=lambda item: -len(item[0])):
            if url.lower().startswith(prefix.lower()):
                return adapter
        raise InvalidSchema(f"No connection adapters were found for {url!r}")

    def close(self):
        pass

    def prepare_request(self, request):
        params = dict(self.params)
        if isinstance(request.params, dict):
            params.update(request.params)
            params = {k: v for k, v in params.items() if v is not None}
        elif request.params:
            params = request.params
        cookies = dict(self.cookies, **dict(request.cookies or {}))
        p = PreparedRequest()
        p.prepare(method=request.method.upper(), url=request.url, files=request.files, data=request.data,
                  json=request.json, headers=_merge(self.headers, request.headers), params=params,
                  auth=request.auth or self.auth, cookies=cookies)
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None,
                auth=None, timeout=None, allow_redirects=True, proxies=None, hooks=None, stream=None,
                verify=None, cert=None, json=None):
        req = Request(method=method.upper(), url=url, headers=headers, files=files, data=data or {},
                      json=json, params=params or {}, auth=auth, cookies=cookies, hooks=hooks)
        return self.send(self.prepare_request(req), timeout=timeout, allow_redirects=allow_redirects,
                         stream=self.stream if stream is None else stream)

    def get(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def send(self, request, timeout=None, allow_redirects=True, stream=False, **kwargs):
        """Sends a PreparedRequest, following redirects when asked. Cookies the server sets are
        kept in the session (and sent on the redirect); with ``stream`` the body is read as it
        arrives (``iter_content``), else the call returns once it has all arrived."""
        self.get_adapter(request.url)
        read_timeout = _read_timeout(timeout)
        history = []
        response = self._exchange(request, read_timeout, stream)
        while allow_redirects and response.is_redirect:
            if len(history) >= self.max_redirects:
                raise TooManyRedirects(f"Exceeded {self.max_redirects} redirects.", response=response)
            history.append(response)
            request = _redirected(request, response)
            cookies = {k: v for k, v in _cookie_pairs(request.headers.get("Cookie")).items()
                       if k not in response._expired}
            cookies.update(self.cookies)
            if cookies:
                request.headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
            response = self._exchange(request, read_timeout, stream)
        if history:
            response.history = history
        return response

    def _exchange(self, request, read_timeout, stream):
        response = _exchange(request, read_timeout, stream)
        for value in response._set_cookies:
            name, _, rest = value.partition("=")
            content, _, attributes = rest.partition(";")
            if "max-age=0" in attributes.lower().replace(" ", ""):
                self.cookies.pop(name, None)
                response.cookies.pop(name, None)
                response._expired.add(name)
            else:
                self.cookies[name] = response.cookies[name] = content
        return response


def _cookie_pairs(header):
    pairs = {}
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            pairs[name] = value
    return pairs


def _redirected(request, response):
    """The request requests sends after a redirect response."""
    nxt = request.copy()
    nxt.url = urljoin(response.url, response.headers["location"])
    code = response.status_code
    if (code == 303 and nxt.method != "HEAD") or (code in (301, 302) and nxt.method == "POST"):
        nxt.method = "GET"
    if code not in (307, 308):
        for name in ("Content-Length", "Content-Type", "Transfer-Encoding"):
            nxt.headers.pop(name, None)
        nxt.body = None
    return nxt


def _exchange(request, read_timeout, stream=False):
    """One request/response on the simulated network (blocks for its latency, and for the
    whole body unless ``stream``)."""
    target = net.parse_target(request.url)
    pool = "HTTPSConnectionPool" if target.scheme == "https" else "HTTPConnectionPool"
    where = f"{pool}(host={target.host!r}, port={target.port})"
    body = request.body.encode("utf-8") if isinstance(request.body, str) else (request.body or b"")
    sent = [("Host", target.host_header)] + list(request.headers.items())
    try:
        exchange = net.current().begin(net.Request(request.method, target, sent, body))
    except socket.gaierror as err:
        conn = "HTTPSConnection" if target.scheme == "https" else "HTTPConnection"
        cause = f"{conn}(host={target.host!r}, port={target.port}): Failed to resolve {target.host!r} ({err})"
        raise RequestsConnectionError(
            f"{where}: Max retries exceeded with url: {target.selector} (Caused by NameResolutionError({cause!r}))",
            request=request,
        ) from None
    if not net.receive(exchange, read_timeout):
        raise ReadTimeout(f"{where}: Read timed out. (read timeout={read_timeout})", request=request)
    answer = exchange.response
    arrival = net.Arrival(exchange)
    if not stream:
        arrival.wait_end()
    response = Response()
    response._arrival = None if arrival.ended() else arrival
    response._set_cookies = [value for name, value in answer.headers if name.lower() == "set-cookie"]
    response.status_code = answer.status
    response.reason = answer.reason
    response.headers = CaseInsensitiveDict(answer.headers)
    response._content = answer.body
    response.encoding = get_encoding_from_headers(response.headers)
    response.url = request.url
    response.request = request
    response.elapsed = timedelta(seconds=answer.latency)
    return response


def session():
    """Returns a Session (deprecated alias kept by requests)."""
    return Session()
