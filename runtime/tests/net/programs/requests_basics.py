# requests: sequential calls block for their latency; Response API; errors with requests' messages.
# elapsed: 2.95
import time

import requests

start = time.time()
r = requests.get("https://httpbin.org/delay/1", params={"x": "1"})
print(r, r.status_code, r.ok, r.reason, r.url, r.elapsed.total_seconds())
print(r.headers["content-type"], r.json()["args"])
r = requests.post("https://httpbin.org/post", data={"name": "ada"})
print(r.json()["form"], r.json()["headers"]["Content-Type"])
with requests.Session() as s:
    s.headers.update({"Authorization": "Bearer t0k3n"})
    r = s.get("https://api.github.com/headers")
    print(r.json()["headers"]["Authorization"], r.json()["headers"]["Host"])
r = requests.get("https://httpbin.org/status/404")
print(r.status_code, bool(r))
for make in (
    lambda: r.raise_for_status(),
    lambda: requests.get("https://httpbin.org/status/500").raise_for_status(),
    lambda: requests.get("https://unknown.invalid/data?id=7"),
    lambda: requests.get("https://httpbin.org/delay/3", timeout=1.5),
    lambda: requests.get("httpbin.org/get"),
    lambda: requests.get("https://httpbin.org/html").json(),
):
    try:
        make()
    except requests.exceptions.RequestException as e:
        print(type(e).__name__, "|", e)
r = requests.get("https://httpbin.org/redirect/2")
print(r.url, r.history, r.status_code)
print(f"elapsed {time.time() - start:.2f}")
