"""The aiohttp stand-in: sessions, timeouts, connector limits, errors and the response API,
checked against aiohttp 3.13's behaviour and messages."""

import asyncio
import math
import time
import unittest

from elapsed import SLACK, Elapsed
from interleave import net

import aiohttp


class AiohttpShim(unittest.TestCase):
    def setUp(self):
        self.clock = Elapsed()
        net.install([], 0)

    def run_async(self, coro):
        return asyncio.run(coro)

    def test_it_is_the_stand_in(self):
        self.assertEqual(aiohttp.__version__, "3.13.5")
        self.assertIn("shims", aiohttp.__file__)

    def test_session_needs_a_running_loop_and_an_async_with(self):
        with self.assertRaisesRegex(RuntimeError, "no running event loop"):
            aiohttp.ClientSession()

        async def sync_with():
            with aiohttp.ClientSession():
                pass

        with self.assertRaisesRegex(TypeError, "^Use async with instead$"):
            self.run_async(sync_with())

        async def bad_timeout():
            aiohttp.ClientSession(timeout=5)

        with self.assertRaisesRegex(ValueError, r"please use 'timeout=ClientTimeout\(...\)'"):
            self.run_async(bad_timeout())

    def test_gathered_requests_overlap_and_default_headers_are_aiohttp_s(self):
        async def main():
            async with aiohttp.ClientSession() as s:
                async def one(d):
                    async with s.get(f"https://httpbin.org/delay/{d}") as r:
                        return await r.json()

                return await asyncio.gather(one(1), one(3), one(2))

        results = self.run_async(main())
        self.assertAlmostEqual(self.clock.now, 3.05, delta=SLACK)
        headers = results[0]["headers"]
        self.assertEqual((headers["Accept"], headers["Accept-Encoding"]), ("*/*", "gzip, deflate"))
        self.assertRegex(headers["User-Agent"], r"^Python/3\.\d+ aiohttp/3\.13\.5$")

    def test_params_follow_yarl_rules(self):
        async def main():
            async with aiohttp.ClientSession(base_url="https://httpbin.org/") as s:
                r = await s.get("/get?a=1", params={"b": 2, "c": [1.5, "x y"]})
                self.assertEqual(str(r.url), "https://httpbin.org/get?a=1&b=2&c=1.5&c=x+y")
                self.assertEqual(r.url.path, "/get")
                with self.assertRaises(TypeError) as caught:
                    await s.get("/get", params={"flag": True})
                self.assertEqual(str(caught.exception),
                                 "Invalid variable type: value should be str, int or float, got True of type <class 'bool'>")

        self.run_async(main())

    def test_body_is_gone_after_release_unless_read(self):
        async def main():
            async with aiohttp.ClientSession() as s:
                async with s.get("https://httpbin.org/get") as r:
                    pass
                with self.assertRaisesRegex(aiohttp.ClientConnectionError, "^Connection closed$"):
                    await r.text()
                async with s.get("https://httpbin.org/get") as r:
                    body = await r.read()
                self.assertEqual(await r.read(), body)
                r = await s.get("https://httpbin.org/html")
                self.assertIn("Moby-Dick", await r.text())
                self.assertIsNone(await (await s.get("https://httpbin.org/status/204")).json(content_type=None))

        self.run_async(main())

    def test_total_timeout_raises_asyncio_timeout_and_rounds_up_above_five_seconds(self):
        async def main(total):
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=total)) as s:
                await s.get("https://httpbin.org/delay/9")

        with self.assertRaises(asyncio.TimeoutError) as caught:
            self.run_async(main(0.5))
        self.assertNotIsInstance(caught.exception, aiohttp.ServerTimeoutError)
        self.assertAlmostEqual(self.clock.now, 0.5, delta=SLACK)
        self.assertEqual(net.requests_log()[0]["error"], "cancelled")
        started = time.monotonic()  # the loop's clock: aiohttp rounds the deadline up on it
        with self.assertRaises(asyncio.TimeoutError):
            self.run_async(main(6))
        self.assertAlmostEqual(time.monotonic(), math.ceil(started + 6), delta=SLACK)

    def test_number_timeout_per_request_and_sock_read(self):
        async def main():
            async with aiohttp.ClientSession() as s:
                with self.assertRaises(asyncio.TimeoutError):
                    await s.get("https://httpbin.org/delay/2", timeout=1)
                with self.assertRaises(aiohttp.SocketTimeoutError) as caught:
                    await s.get("https://httpbin.org/delay/2", timeout=aiohttp.ClientTimeout(sock_read=0.25))
                self.assertEqual(str(caught.exception), "Timeout on reading data from socket")
                await s.get("https://httpbin.org/delay/2", timeout=None)

        self.run_async(main())
        self.assertAlmostEqual(self.clock.now, 1 + 0.25 + 2.05, delta=SLACK)

    def test_connector_limits_and_connect_timeout(self):
        async def main():
            conn = aiohttp.TCPConnector(limit=0, limit_per_host=1)
            async with aiohttp.ClientSession(connector=conn) as s:
                await asyncio.gather(*(s.get(f"https://{h}.org/delay/1") for h in ("a", "b", "a")))
                self.assertAlmostEqual(self.clock.now, 2.1, delta=SLACK)
                slow = s.get("https://a.org/delay/1")
                task = asyncio.ensure_future(slow)
                await asyncio.sleep(0)
                with self.assertRaises(aiohttp.ConnectionTimeoutError) as caught:
                    await s.get("https://a.org/get", timeout=aiohttp.ClientTimeout(connect=0.5))
                self.assertEqual(str(caught.exception), "Connection timeout to host https://a.org/get")
                await task
                await s.get("https://a.org/get")  # the slot was handed back

        self.run_async(main())

    def test_cancelled_request_frees_its_connection(self):
        async def main():
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as s:
                with self.assertRaises(asyncio.TimeoutError):
                    await asyncio.wait_for(s.get("https://httpbin.org/delay/5"), 1)
                await s.get("https://httpbin.org/get")

        self.run_async(main())
        self.assertAlmostEqual(self.clock.now, 1.05, delta=SLACK)

    def test_errors(self):
        async def main():
            async with aiohttp.ClientSession() as s:
                with self.assertRaises(aiohttp.ClientConnectorDNSError) as caught:
                    await s.get("https://shop.test:8443/")
                err = caught.exception
                self.assertEqual(str(err), "Cannot connect to host shop.test:8443 ssl:default [Name or service not known]")
                self.assertEqual((err.host, err.port, err.errno), ("shop.test", 8443, -2))
                r = await s.get("https://httpbin.org/status/401")
                with self.assertRaises(aiohttp.ClientResponseError) as caught:
                    r.raise_for_status()
                self.assertEqual(str(caught.exception), "401, message='UNAUTHORIZED', url='https://httpbin.org/status/401'")
                with self.assertRaisesRegex(ValueError, "data and json parameters can not be used at the same time"):
                    await s.post("https://httpbin.org/post", data="a", json={})
                with self.assertRaises(aiohttp.InvalidUrlClientError):
                    await s.get("https:///nohost")
            with self.assertRaisesRegex(RuntimeError, "^Session is closed$"):
                await s.get("https://httpbin.org/get")

        self.run_async(main())

    def test_redirects_and_one_off_request(self):
        async def main():
            async with aiohttp.ClientSession() as s:
                r = await s.post("https://httpbin.org/redirect-to?url=/get&status_code=302")
                self.assertEqual((str(r.url), r.method, [h.status for h in r.history]), ("https://httpbin.org/get", "GET", [302]))
                r = await s.get("https://httpbin.org/redirect/3", allow_redirects=False)
                self.assertEqual(r.status, 302)
                with self.assertRaises(aiohttp.TooManyRedirects):
                    await s.get("https://httpbin.org/redirect/3", max_redirects=2)
            async with aiohttp.request("GET", "https://httpbin.org/json") as r:
                return (await r.json())["slideshow"]["title"]

        self.assertEqual(self.run_async(main()), "Sample Slide Show")

    def test_post_bodies(self):
        async def main():
            async with aiohttp.ClientSession() as s:
                form = await (await s.post("https://httpbin.org/post", data={"a": "1"})).json()
                text = await (await s.post("https://httpbin.org/post", data="hi")).json()
                auth = await (await s.get("https://httpbin.org/headers", auth=aiohttp.BasicAuth("u", "p"))).json()
                return form, text, auth

        form, text, auth = self.run_async(main())
        self.assertEqual(form["form"], {"a": "1"})
        self.assertEqual((text["data"], text["headers"]["Content-Type"]), ("hi", "text/plain; charset=utf-8"))
        self.assertEqual(auth["headers"]["Authorization"], "Basic dTpw")


class RealEventLoop(unittest.TestCase):
    """With the service's waits scaled down (``time_scale``), as a unit test on a real clock would."""

    def test_gathered_requests_are_in_flight_together(self):
        net.install([], 0, time_scale=0.001)

        async def main():
            async with aiohttp.ClientSession() as s:
                await asyncio.gather(*(s.get(f"https://httpbin.org/delay/{d}") for d in (1, 2, 1)))

        asyncio.run(main())
        log = net.requests_log()
        self.assertEqual([e["status"] for e in log], [200, 200, 200])
        self.assertTrue(all(e["start"] < min(x["end"] for x in log) for e in log))


if __name__ == "__main__":
    unittest.main()
