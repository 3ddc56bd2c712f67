"""requests.models for Interleave's stand-in: Request, PreparedRequest and Response.

Preparation follows requests 2.33: URL checks with its messages (MissingSchema, InvalidURL),
params appended to the query, json= as application/json, data= dicts form-encoded, basic auth,
Content-Length. Simplified: `files=` (multipart) is refused with a clear error, the session keeps
cookies as a plain dict, hooks are ignored, the response has no `raw` stream.
"""

import base64
import codecs
import json as complexjson
from urllib.parse import urlencode, urlsplit, urlunsplit

from .exceptions import HTTPError, InvalidJSONError, InvalidURL, MissingSchema
from .exceptions import JSONDecodeError as RequestsJSONDecodeError
from .structures import CaseInsensitiveDict

REDIRECT_STATI = (301, 302, 303, 307, 308)


def _pairs(data):
    if data is None:
        return []
    items = data.items() if hasattr(data, "items") else data
    out = []
    for key, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]
        out.extend((key, v) for v in values if v is not None)
    return out


class Request:
    """A user-created request, turned into a PreparedRequest by `prepare()`."""

    def __init__(self, method=None, url=None, headers=None, files=None, data=None, params=None,
                 auth=None, cookies=None, hooks=None, json=None):
        self.method = method
        self.url = url
        self.headers = headers or {}
        self.files = files
        self.data = data if data is not None else []
        self.params = params if params is not None else {}
        self.auth = auth
        self.cookies = cookies
        self.hooks = hooks or {}
        self.json = json

    def __repr__(self):
        return f"<Request [{self.method}]>"

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, files=self.files, data=self.data,
                  params=self.params, auth=self.auth, cookies=self.cookies, json=self.json)
        return p


class PreparedRequest:
    """The exact request that is sent: method, url, headers, body."""

    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None
        self.hooks = {"response": []}

    def __repr__(self):
        return f"<PreparedRequest [{self.method}]>"

    def prepare(self, method=None, url=None, headers=None, files=None, data=None, params=None,
                auth=None, cookies=None, json=None):
        self.method = method.upper() if isinstance(method, str) else method
        self.prepare_url(url, params)
        self.headers = CaseInsensitiveDict(headers or {})
        self.prepare_body(data, files, json)
        if auth:
            user, password = auth
            token = base64.b64encode(f"{user}:{password}".encode("latin1")).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"
        if cookies:
            self.headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in dict(cookies).items())

    def prepare_url(self, url, params):
        url = url.decode("utf8") if isinstance(url, bytes) else str(url)
        url = url.lstrip()
        if ":" in url and not url.lower().startswith("http"):
            self.url = url  # no adapter will take it: Session.send raises InvalidSchema
            return
        parts = urlsplit(url)
        if not parts.scheme:
            raise MissingSchema(f"Invalid URL {url!r}: No scheme supplied. Perhaps you meant https://{url}?")
        try:
            host, port = parts.hostname, parts.port
        except ValueError as exc:
            raise InvalidURL(*exc.args) from None
        if not host:
            raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
        if host.startswith(("*", ".")):
            raise InvalidURL("URL has an invalid label.")
        netloc = (parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else "") + host
        netloc += f":{port}" if port else ""
        query = parts.query
        if isinstance(params, (str, bytes)):
            encoded = params.decode() if isinstance(params, bytes) else params
        else:
            encoded = urlencode(_pairs(params))
        if encoded:
            query = f"{query}&{encoded}" if query else encoded
        self.url = urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, parts.fragment))

    def prepare_body(self, data, files, json=None):
        if files:
            raise NotImplementedError("files= (multipart upload) is not supported on Interleave's simulated network")
        body, ctype = None, None
        if not data and json is not None:
            try:
                body = complexjson.dumps(json, allow_nan=False).encode("utf-8")
            except ValueError as ve:
                raise InvalidJSONError(ve, request=self) from None
            ctype = "application/json"
        elif isinstance(data, (str, bytes)):
            body = data
        elif hasattr(data, "read"):
            body = data.read()
        elif data:
            body = urlencode(_pairs(data))
            ctype = "application/x-www-form-urlencoded"
        if body is not None:
            self.headers["Content-Length"] = str(len(body.encode("utf-8") if isinstance(body, str) else body))
        elif self.method not in ("GET", "HEAD") and self.headers.get("Content-Length") is None:
            self.headers["Content-Length"] = "0"
        if ctype and "content-type" not in self.headers:
            self.headers["Content-Type"] = ctype
        self.body = body

    def copy(self):
        p = PreparedRequest()
        p.method, p.url, p.body = self.method, self.url, self.body
        p.headers = self.headers.copy() if self.headers is not None else None
        return p


def get_encoding_from_headers(headers):
    """The charset of a Content-Type header, as requests.utils reads it."""
    content_type = headers.get("content-type")
    if not content_type:
        return None
    mime, _, rest = content_type.partition(";")
    for param in rest.split(";"):
        key, _, value = param.strip().partition("=")
        if key.strip().lower() == "charset":
            return value.strip("'\" ")
    if "text" in mime:
        return "ISO-8859-1"
    if "application/json" in mime:
        return "utf-8"
    return None


class Response:
    """The server's answer to a request."""

    def __init__(self):
        self._content = b""
        self._content_consumed = True
        self._arrival = None  # net.Arrival of a streamed body still arriving (stream=True)
        self._set_cookies = []
        self._expired = set()  # cookies this response expired (not sent on its redirect)
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = {}
        self.elapsed = None
        self.request = None
        self.connection = None

    def __repr__(self):
        return f"<Response [{self.status_code}]>"

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return "location" in self.headers and self.status_code in (301, 308)

    @property
    def next(self):
        return None

    @property
    def apparent_encoding(self):
        try:
            self._content.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            return "Windows-1252"

    @property
    def content(self):
        if self._arrival is not None:  # stream=True: reading the content waits for all of it
            self._arrival.wait_end()
            self._arrival = None
        return self._content

    @property
    def text(self):
        if not self.content:
            return ""
        encoding = self.encoding or self.apparent_encoding
        try:
            return str(self._content, encoding, errors="replace")
        except (LookupError, TypeError):
            return str(self._content, errors="replace")

    def json(self, **kwargs):
        text = self.text
        if not self.encoding and self._content and len(self._content) > 3:
            for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
                if self._content.startswith(bom):
                    text = self._content.decode(codec)
        try:
            return complexjson.loads(text, **kwargs)
        except complexjson.JSONDecodeError as e:
            raise RequestsJSONDecodeError(e.msg, e.doc, e.pos) from None

    def _chunks(self, size):
        """The body in chunks of ``size`` bytes, each as soon as it has arrived: urllib3 reads a
        chunked body chunk by chunk (a short one as it comes), any other ``size`` at a time."""
        arrival, self._arrival = self._arrival, None
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        pos, total = 0, len(self._content)
        while pos < total:
            if arrival is not None:
                arrival.wait_for(pos + 1 if chunked else min(total, pos + size))
                upto = min(total, pos + size, arrival.arrived())
            else:
                upto = min(total, pos + size)
            yield self._content[pos:upto]
            pos = upto
        if arrival is not None:
            arrival.wait_end()

    def iter_content(self, chunk_size=1, decode_unicode=False):
        size = (len(self._content) or 1) if chunk_size is None else chunk_size
        chunks = self._chunks(size)
        if decode_unicode:
            decoder = codecs.getincrementaldecoder(self.encoding or "utf-8")(errors="replace")
            return (decoder.decode(chunk) for chunk in chunks)
        return chunks

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        """Lines as requests makes them from ``iter_content(chunk_size)``: each once the chunk
        that ends it has arrived."""
        pending = None
        for chunk in self.iter_content(chunk_size, decode_unicode):
            if pending is not None:
                chunk = pending + chunk
            lines = chunk.split(delimiter) if delimiter else chunk.splitlines()
            if lines and lines[-1] and chunk and lines[-1][-1] == chunk[-1]:
                pending = lines.pop()
            else:
                pending = None
            yield from lines
        if pending is not None:
            yield pending

    @property
    def links(self):
        return {}

    def raise_for_status(self):
        """Raises HTTPError for a 4xx or 5xx status, with requests' message."""
        reason = self.reason
        if isinstance(reason, bytes):
            try:
                reason = reason.decode("utf-8")
            except UnicodeDecodeError:
                reason = reason.decode("iso-8859-1")
        message = ""
        if 400 <= self.status_code < 500:
            message = f"{self.status_code} Client Error: {reason} for url: {self.url}"
        elif 500 <= self.status_code < 600:
            message = f"{self.status_code} Server Error: {reason} for url: {self.url}"
        if message:
            raise HTTPError(message, response=self)

    def close(self):
        pass
