# urllib.request.urlopen answered by the virtual service, with urllib's own errors.
# elapsed: 2.15
import json
import socket
import time
import urllib.error
import urllib.request

start = time.monotonic()
with urllib.request.urlopen("https://httpbin.org/get?lang=py", timeout=5) as resp:
    data = json.loads(resp.read())
    print(resp.status, resp.reason, resp.getcode(), resp.headers["Content-Type"], resp.url)
    print(data["args"], data["headers"]["User-Agent"].split("/")[0], data["headers"]["Accept-Encoding"])
req = urllib.request.Request("https://httpbin.org/post", data=b'{"a": 1}', headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req) as resp:
    print(json.loads(resp.read())["json"])
try:
    urllib.request.urlopen("https://httpbin.org/status/418")
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, "|", e)
try:
    urllib.request.urlopen("http://nowhere.test/")
except urllib.error.URLError as e:
    print("URLError |", e, "|", repr(e.reason))
try:
    urllib.request.urlopen("https://httpbin.org/delay/4", timeout=2)
except TimeoutError as e:
    print(type(e).__name__, isinstance(e, socket.timeout), "|", e, f"at {time.monotonic() - start:.2f}")
