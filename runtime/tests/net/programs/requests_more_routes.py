# requests: httpbin's /base64, /xml, /response-headers, /basic-auth, /cookies (kept by the session), /drip and /stream arriving over virtual time.
# elapsed: 3.3
import time
import requests

t0 = time.monotonic()
def el():
    return round(time.monotonic() - t0, 2)

r = requests.get("https://httpbin.org/base64/SGVsbG8sIEludGVybGVhdmUh")
print(r.status_code, r.headers["Content-Type"], r.text, el())
print(requests.get("https://httpbin.org/base64/!!!").text)
r = requests.get("https://httpbin.org/xml")
print(r.headers["Content-Type"], r.text.splitlines()[0], len(r.text))
r = requests.get("https://httpbin.org/response-headers", params={"X-Course": "interleave", "freeform": "yes"})
print(r.headers["X-Course"], r.headers["Content-Length"], r.json())
print(requests.get("https://httpbin.org/basic-auth/ann/secret").status_code,
      requests.get("https://httpbin.org/basic-auth/ann/secret", auth=("ann", "secret")).json(),
      requests.get("https://httpbin.org/basic-auth/ann/secret", auth=("ann", "wrong")).headers.get("WWW-Authenticate"))
s = requests.Session()
r = s.get("https://httpbin.org/cookies/set", params={"flavour": "oat", "n": "2"})
print(r.status_code, r.json(), [h.status_code for h in r.history], s.cookies)
print(s.get("https://httpbin.org/cookies").json())
print(s.get("https://httpbin.org/cookies/delete", params={"n": ""}).json())
print(requests.get("https://httpbin.org/cookies", cookies={"a": "b"}).json())
t0 = time.monotonic()
r = requests.get("https://httpbin.org/drip", params={"duration": 1, "numbytes": 5})
print(r.status_code, r.content, r.headers["Content-Length"], el())
t0 = time.monotonic()
r = requests.get("https://httpbin.org/drip", params={"duration": 1, "numbytes": 4, "delay": 0.5}, stream=True)
print("headers", el())
for chunk in r.iter_content(1):
    print(chunk, el())
t0 = time.monotonic()
r = requests.get("https://httpbin.org/stream/3", stream=True)
for line in r.iter_lines():
    d = __import__("json").loads(line)
    print(d["id"], sorted(d), el())
print("Content-Length" in r.headers, r.headers.get("Transfer-Encoding"))
