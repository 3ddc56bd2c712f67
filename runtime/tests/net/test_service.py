"""The virtual service itself: DNS rules, declared endpoints, httpbin routes, latency, log,
observer and the scheduler hook."""

import json
import socket
import time
import unittest

from interleave import net
from interleave.net.hosts import resolves


def send(method, url, headers=(), body=b""):
    return net.current().begin(net.Request(method, net.parse_target(url), list(headers), body))


class Hosts(unittest.TestCase):
    def test_public_looking_names_and_literals_resolve(self):
        for host in ("httpbin.org", "example.com", "api.github.com", "HTTPBIN.ORG.", "localhost",
                     "db.localhost", "127.0.0.1", "::1", "10.0.0.7"):
            with self.subTest(host=host):
                self.assertTrue(resolves(host))

    def test_reserved_and_single_label_names_do_not(self):
        for host in ("nothing.invalid", "site.test", "www.example", "intranet", "", "bad_label.com",
                     "-dash.com", "host.123"):
            with self.subTest(host=host):
                self.assertFalse(resolves(host))

    def test_a_declared_host_resolves_even_if_reserved(self):
        self.assertTrue(resolves("mock.test", frozenset({"mock.test"})))

    def test_unknown_host_raises_the_linux_getaddrinfo_error_and_is_logged(self):
        net.install([], 0)
        with self.assertRaises(socket.gaierror) as caught:
            send("GET", "https://nope.invalid/")
        self.assertEqual(caught.exception.args, (-2, "Name or service not known"))
        self.assertEqual(net.requests_log()[0]["error"], "Name or service not known")


class Endpoints(unittest.TestCase):
    def test_declared_endpoint_answers_with_its_status_body_headers_and_exact_latency(self):
        net.install([
            {"method": "post", "host": "API.shop.com", "path": "/orders/{id}", "status": 201,
             "body": {"ok": True}, "headers": {"X-Id": "7"}, "latency": 1.5},
            {"path": "/motd", "body": "hello"},
        ], 0)
        ex = send("POST", "https://api.shop.com/orders/42")
        self.assertEqual((ex.response.status, ex.response.reason, ex.response.latency), (201, "Created", 1.5))
        self.assertEqual(json.loads(ex.response.body), {"ok": True})
        self.assertEqual(ex.response.header("x-id"), "7")
        self.assertEqual(ex.response.header("content-type"), "application/json")
        # Another method, host or path shape falls through to the httpbin routes.
        self.assertEqual(send("GET", "https://api.shop.com/orders/42").response.status, 404)
        self.assertEqual(send("POST", "https://other.com/orders/42").response.status, 404)
        self.assertEqual(send("POST", "https://api.shop.com/orders/42/x").response.status, 404)
        motd = send("GET", "https://any.where.org/motd").response
        self.assertEqual((motd.body, motd.header("Content-Type"), motd.latency), (b"hello", "text/plain; charset=utf-8", 0.05))


class HttpbinRoutes(unittest.TestCase):
    def setUp(self):
        net.install([], 3)

    def test_get_echoes_args_headers_origin_url_in_httpbin_layout(self):
        r = send("GET", "https://httpbin.org/get?a=1&a=2&b=", [("user-agent", "ua"), ("Connection", "close")]).response
        self.assertEqual((r.status, r.reason, r.latency), (200, "OK", 0.05))
        self.assertTrue(r.body.startswith(b'{\n  "args": {\n    "a": [\n      "1", \n'))
        data = json.loads(r.body)
        self.assertEqual(data["args"], {"a": ["1", "2"], "b": ""})
        self.assertEqual(data["headers"], {"Host": "httpbin.org", "User-Agent": "ua"})
        self.assertEqual((data["origin"], data["url"]), ("127.0.0.1", "https://httpbin.org/get?a=1&a=2&b="))
        for name in ("Date", "Server", "Access-Control-Allow-Origin"):
            self.assertIsNotNone(r.header(name))

    def test_post_echoes_json_form_and_raw_data(self):
        j = json.loads(send("POST", "http://h.org/post", [("Content-Type", "application/json")], b'{"x": [1]}').response.body)
        self.assertEqual((j["json"], j["data"], j["form"]), ({"x": [1]}, '{"x": [1]}', {}))
        f = json.loads(send("PUT", "http://h.org/put", [("Content-Type", "application/x-www-form-urlencoded")], b"k=v&k=w").response.body)
        self.assertEqual((f["form"], f["data"], f["json"]), ({"k": ["v", "w"]}, "", None))
        self.assertEqual(json.loads(send("DELETE", "http://h.org/anything/z").response.body)["method"], "DELETE")

    def test_delay_adds_server_time_capped_at_ten_seconds(self):
        self.assertAlmostEqual(send("GET", "https://httpbin.org/delay/2.5").response.latency, 2.55)
        self.assertAlmostEqual(send("POST", "https://httpbin.org/delay/60").response.latency, 10.05)
        self.assertEqual(send("GET", "https://httpbin.org/delay/soon").response.status, 404)

    def test_status_codes_reasons_and_redirect_locations(self):
        self.assertEqual(send("GET", "https://h.org/status/404").response.reason, "NOT FOUND")
        teapot = send("GET", "https://h.org/status/418").response
        self.assertIn(b"teapot", teapot.body)
        self.assertEqual(send("GET", "https://h.org/status/302").response.header("Location"), "/redirect/1")
        self.assertEqual(send("GET", "https://h.org/redirect/3").response.header("Location"), "/relative-redirect/2")
        self.assertEqual(send("GET", "https://h.org/relative-redirect/1").response.header("Location"), "/get")
        self.assertEqual(send("GET", "https://h.org/status/x").response.status, 400)

    def test_random_routes_are_seeded(self):
        def draw(seed):
            net.install([], seed)
            return ([send("GET", "https://h.org/status/200,500,503").response.status for _ in range(8)],
                    send("GET", "https://h.org/uuid").response.body, send("GET", "https://h.org/bytes/16").response.body)

        self.assertEqual(draw(5), draw(5))
        self.assertNotEqual(draw(5), draw(6))
        self.assertEqual(len(draw(5)[2]), 16)

    def test_wrong_method_unknown_path_and_head(self):
        self.assertEqual(send("POST", "https://h.org/get").response.status, 405)
        self.assertEqual(send("POST", "https://h.org/get").response.header("Allow"), "GET, HEAD, OPTIONS")
        self.assertEqual(send("GET", "https://h.org/nothing/here").response.status, 404)
        head = send("HEAD", "https://h.org/json").response
        self.assertEqual((head.status, head.body), (200, b""))
        self.assertNotEqual(head.header("Content-Length"), "0")


class LatencyLogObserver(unittest.TestCase):
    def tearDown(self):
        net.set_observer(None)

    def test_jitter_is_off_by_default_and_seeded_when_on(self):
        net.install([], 1)
        self.assertEqual(send("GET", "https://h.org/get").response.latency, 0.05)

        def jittered(seed):
            net.install([], seed, jitter=0.5)
            return [send("GET", "https://h.org/get").response.latency for _ in range(5)]

        self.assertEqual(jittered(1), jittered(1))
        self.assertNotEqual(jittered(1), jittered(2))
        self.assertTrue(all(0.05 <= x < 0.55 for x in jittered(1)))

    def test_install_checks_options_and_resets_the_log(self):
        with self.assertRaisesRegex(ValueError, "base_latency must be a non-negative number"):
            net.install([], 0, base_latency=-1)
        net.install([], 0)
        send("GET", "https://h.org/get")
        net.install([], 0, base_latency=0.2)
        self.assertEqual(net.requests_log(), [])
        self.assertEqual(send("GET", "https://h.org/get").response.latency, 0.2)

    def test_observer_sees_start_and_end_and_the_log_records_times(self):
        events = []
        net.set_observer(events.append)
        net.install([], 0)
        t0 = time.monotonic()
        ex = send("GET", "https://h.org/delay/1")
        time.sleep(ex.response.latency)
        net.current().finish(ex)
        ex2 = send("GET", "https://h.org/get")
        net.current().finish(ex2, "timed out")
        self.assertEqual(events[0], {"phase": "start", "id": 1, "method": "GET", "url": "https://h.org/delay/1", "status": None})
        self.assertEqual(events[1], {"phase": "end", "id": 1, "method": "GET", "url": "https://h.org/delay/1", "status": 200})
        self.assertEqual(events[3]["error"], "timed out")
        log = net.requests_log()
        times = [(round(e["start"] - t0, 3), round(e["end"] - t0, 3), e["status"]) for e in log]
        self.assertEqual(times, [(0.0, 1.05, 200), (1.05, 1.05, None)])

    def test_waits_are_labelled_for_the_scheduler_s_trace(self):
        from interleave import context

        net.install([], 0)
        trace = context.current().trace
        before = len(trace.events)
        t0 = time.monotonic()
        net.block(0.5, "GET https://h.org/x")
        self.assertAlmostEqual(time.monotonic() - t0, 0.5, delta=0.001)
        blocks = [e for e in trace.recorded(before) if e["kind"] == "block"]
        self.assertEqual([(e["reason"], e["detail"]) for e in blocks], [("network", "GET https://h.org/x")])


if __name__ == "__main__":
    unittest.main()
