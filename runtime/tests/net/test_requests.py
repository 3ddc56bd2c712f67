"""The requests stand-in: preparation, timeouts, redirects, errors and the Response API,
checked against requests 2.33's documented behaviour and messages."""

import unittest
from datetime import timedelta

from elapsed import SLACK, Elapsed
from interleave import net

import requests
from requests.structures import CaseInsensitiveDict


class RequestsShim(unittest.TestCase):
    def setUp(self):
        self.clock = Elapsed()
        net.install([], 0)

    def test_it_is_the_stand_in(self):
        self.assertEqual(requests.__version__, "2.33.1")
        self.assertIn("shims", requests.__file__)

    def test_get_blocks_for_the_latency_and_reports_it_as_elapsed(self):
        r = requests.get("https://httpbin.org/delay/2")
        self.assertAlmostEqual(self.clock.now, 2.05, delta=SLACK)
        self.assertEqual(r.elapsed, timedelta(seconds=2.05))
        self.assertEqual(repr(r), "<Response [200]>")

    def test_url_preparation(self):
        r = requests.get("https://HTTPBIN.org", params={"q": "a b", "n": [1, 2], "skip": None})
        self.assertEqual(r.url, "https://httpbin.org/?q=a+b&n=1&n=2")
        self.assertEqual(requests.get("https://httpbin.org/get?x=1", params="y=2").url, "https://httpbin.org/get?x=1&y=2")
        with self.assertRaisesRegex(requests.exceptions.InvalidURL, r"^Invalid URL 'https://': No host supplied$"):
            requests.get("https://")
        with self.assertRaisesRegex(requests.exceptions.InvalidSchema, r"^No connection adapters were found for 'ws://x'$"):
            requests.get("ws://x")
        self.assertAlmostEqual(self.clock.now, 0.1, delta=SLACK)

    def test_bodies_and_default_headers(self):
        echo = requests.post("https://httpbin.org/post", json={"a": 1}).json()
        self.assertEqual(echo["headers"]["Content-Type"], "application/json")
        self.assertEqual(echo["headers"]["User-Agent"], "python-requests/2.33.1")
        self.assertEqual(echo["headers"]["Accept-Encoding"], "gzip, deflate")
        self.assertEqual(requests.put("https://httpbin.org/put", data="raw").json()["data"], "raw")
        empty = requests.post("https://httpbin.org/post").json()
        self.assertEqual(empty["headers"]["Content-Length"], "0")
        auth = requests.get("https://httpbin.org/headers", auth=("u", "p")).json()["headers"]["Authorization"]
        self.assertEqual(auth, "Basic dTpw")
        with self.assertRaises(NotImplementedError):
            requests.post("https://httpbin.org/post", files={"f": b"x"})

    def test_timeout_values_are_validated_like_urllib3(self):
        cases = [
            (0, "Attempted to set connect timeout to 0, but the timeout cannot be set to a value less than or equal to 0."),
            (-1.5, "Attempted to set connect timeout to -1.5, but the timeout cannot be set to a value less than or equal to 0."),
            ((1, -2), "Invalid timeout (1, -2). Pass a (connect, read) timeout tuple, or a single float to set both timeouts to the same value."),
            ("5", "Timeout value connect was 5, but it must be an int, float or None."),
            ((1, 2, 3), "Invalid timeout (1, 2, 3). Pass a (connect, read) timeout tuple, or a single float to set both timeouts to the same value."),
        ]
        for timeout, message in cases:
            with self.subTest(timeout=timeout), self.assertRaises(ValueError) as caught:
                requests.get("https://httpbin.org/get", timeout=timeout)
            self.assertEqual(str(caught.exception), message)

    def test_read_timeout_raises_after_the_read_timeout(self):
        with self.assertRaises(requests.exceptions.ReadTimeout) as caught:
            requests.get("http://httpbin.org:8080/delay/5", timeout=(0.5, 2))
        self.assertEqual(str(caught.exception), "HTTPConnectionPool(host='httpbin.org', port=8080): Read timed out. (read timeout=2)")
        self.assertIsInstance(caught.exception, requests.exceptions.Timeout)
        self.assertAlmostEqual(self.clock.now, 2, delta=SLACK)
        self.assertEqual(net.requests_log()[0]["error"], "timed out")
        requests.get("https://httpbin.org/delay/1", timeout=1.5)
        self.assertAlmostEqual(self.clock.now, 3.05, delta=SLACK)

    def test_dns_failure_is_a_connection_error_with_urllib3_message(self):
        with self.assertRaises(requests.ConnectionError) as caught:
            requests.get("http://api.test/v1")
        self.assertEqual(
            str(caught.exception),
            "HTTPConnectionPool(host='api.test', port=80): Max retries exceeded with url: /v1 (Caused by "
            "NameResolutionError(\"HTTPConnection(host='api.test', port=80): Failed to resolve 'api.test' "
            "([Errno -2] Name or service not known)\"))",
        )
        self.assertIsInstance(caught.exception, OSError)
        self.assertAlmostEqual(self.clock.now, 0, delta=SLACK)

    def test_redirects(self):
        r = requests.post("https://httpbin.org/redirect-to?url=/get&status_code=303", data={"a": 1})
        self.assertEqual((r.url, r.request.method, [h.status_code for h in r.history]), ("https://httpbin.org/get", "GET", [303]))
        r = requests.get("https://httpbin.org/redirect/1", allow_redirects=False)
        self.assertEqual((r.status_code, r.is_redirect, r.history), (302, True, []))
        self.assertEqual(requests.head("https://httpbin.org/redirect/1").status_code, 302)
        with requests.Session() as s:
            s.max_redirects = 2
            with self.assertRaisesRegex(requests.TooManyRedirects, "^Exceeded 2 redirects.$"):
                s.get("https://httpbin.org/redirect/5")

    def test_response_api(self):
        r = requests.get("https://httpbin.org/status/503")
        self.assertFalse(r.ok)
        self.assertFalse(r)
        with self.assertRaises(requests.HTTPError) as caught:
            r.raise_for_status()
        self.assertEqual(str(caught.exception), "503 Server Error: SERVICE UNAVAILABLE for url: https://httpbin.org/status/503")
        self.assertIs(caught.exception.response, r)
        html = requests.get("https://httpbin.org/html")
        self.assertEqual(html.encoding, "utf-8")
        self.assertTrue(html.text.startswith("<!DOCTYPE html>"))
        self.assertEqual(b"".join(html.iter_content(100)), html.content)
        with self.assertRaises(requests.JSONDecodeError) as caught:
            html.json()
        self.assertIsInstance(caught.exception, ValueError)
        self.assertEqual(requests.codes.ok, 200)
        self.assertEqual(requests.codes["not_found"], 404)

    def test_session_merges_headers_and_params(self):
        with requests.Session() as s:
            s.headers["X-Token"] = "abc"
            s.params = {"page": "1"}
            r = s.get("https://httpbin.org/get", params={"q": "z"}, headers={"Accept": None})
            echo = r.json()
        self.assertEqual(echo["args"], {"page": "1", "q": "z"})
        self.assertEqual(echo["headers"]["X-Token"], "abc")
        self.assertNotIn("Accept", echo["headers"])

    def test_case_insensitive_dict(self):
        d = CaseInsensitiveDict({"Content-Type": "a"})
        d["content-type"] = "b"
        self.assertEqual((d["CONTENT-TYPE"], list(d)), ("b", ["content-type"]))
        self.assertEqual(d, {"Content-type": "b"})


if __name__ == "__main__":
    unittest.main()
