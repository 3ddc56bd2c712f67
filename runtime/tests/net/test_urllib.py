"""urllib.request answered by the virtual service, with CPython's own response and errors."""

import json
import os
import socket
import unittest
import urllib.error
import urllib.request
from unittest import mock

from elapsed import SLACK, Elapsed
from interleave import net


class UrllibPatch(unittest.TestCase):
    def setUp(self):
        self.clock = Elapsed()
        net.install([], 0)

    def test_urlopen_returns_cpython_s_http_response(self):
        with urllib.request.urlopen("https://httpbin.org/delay/1") as resp:
            self.assertEqual(type(resp).__module__ + "." + type(resp).__name__, "http.client.HTTPResponse")
            self.assertEqual((resp.status, resp.reason, resp.getcode(), resp.msg), (200, "OK", 200, "OK"))
            self.assertEqual(resp.url, "https://httpbin.org/delay/1")
            self.assertEqual(resp.headers["content-type"], "application/json")
            data = json.loads(resp.read())
        self.assertAlmostEqual(self.clock.now, 1.05, delta=SLACK)
        self.assertRegex(data["headers"]["User-Agent"], r"^Python-urllib/3\.\d+$")
        self.assertEqual(data["headers"]["Accept-Encoding"], "identity")
        self.assertNotIn("Connection", data["headers"])

    def test_post_head_and_redirects(self):
        req = urllib.request.Request("http://httpbin.org/post", data=b"a=1&b=2")
        self.assertEqual(json.loads(urllib.request.urlopen(req).read())["form"], {"a": "1", "b": "2"})
        head = urllib.request.urlopen(urllib.request.Request("http://httpbin.org/get", method="HEAD"))
        self.assertEqual(head.read(), b"")
        final = urllib.request.urlopen("http://httpbin.org/redirect/2")
        self.assertEqual((final.url, final.status), ("http://httpbin.org/get", 200))
        self.assertAlmostEqual(self.clock.now, 0.05 * 5, delta=SLACK)

    def test_http_error_for_4xx_and_5xx(self):
        with self.assertRaises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen("https://httpbin.org/status/404")
        err = caught.exception
        self.assertEqual((str(err), err.code, err.reason), ("HTTP Error 404: NOT FOUND", 404, "NOT FOUND"))
        self.assertEqual(repr(err), "<HTTPError 404: 'NOT FOUND'>")
        self.assertEqual(err.read(), b"")

    def test_dns_failure_is_a_url_error(self):
        with self.assertRaises(urllib.error.URLError) as caught:
            urllib.request.urlopen("https://web.invalid/")
        self.assertEqual(str(caught.exception), "<urlopen error [Errno -2] Name or service not known>")
        self.assertIsInstance(caught.exception.reason, socket.gaierror)

    def test_timeout_raises_timeout_error_after_the_timeout(self):
        with self.assertRaises(TimeoutError) as caught:
            urllib.request.urlopen("https://httpbin.org/delay/3", timeout=1.25)
        self.assertEqual(str(caught.exception), "timed out")
        self.assertAlmostEqual(self.clock.now, 1.25, delta=SLACK)
        self.assertEqual(net.requests_log()[0]["error"], "timed out")

    def test_custom_openers_are_routed_and_environment_proxies_ignored(self):
        with mock.patch.dict(os.environ, {"http_proxy": "http://proxy.corp.com:3128", "https_proxy": "http://proxy.corp.com:3128"}):
            opener = urllib.request.build_opener()
            opener.addheaders = [("User-Agent", "course-bot/1.0")]
            data = json.loads(opener.open("https://httpbin.org/user-agent").read())
        self.assertEqual(data, {"user-agent": "course-bot/1.0"})
        self.assertEqual(net.requests_log()[0]["host"], "httpbin.org")


if __name__ == "__main__":
    unittest.main()
