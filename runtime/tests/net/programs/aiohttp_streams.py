# aiohttp: cookies kept by the session across a redirect, basic auth, /base64, and /drip and /stream bodies read as they arrive.
# elapsed: 3.0
import asyncio
import time

import aiohttp


async def main():
    t0 = time.monotonic()

    def el():
        return round(time.monotonic() - t0, 2)

    async with aiohttp.ClientSession() as s:
        async with s.get("https://httpbin.org/cookies/set", params={"k": "v"}) as r:
            print(r.status, await r.json(), [h.status for h in r.history])
        async with s.get("https://httpbin.org/cookies") as r:
            print(await r.json())
        async with s.get("https://httpbin.org/cookies/delete?k") as r:
            print(await r.json())
        async with s.get("https://httpbin.org/basic-auth/u/p", auth=aiohttp.BasicAuth("u", "p")) as r:
            print(r.status, await r.json())
        async with s.get("https://httpbin.org/base64/aGk=") as r:
            print(await r.text())
        t0 = time.monotonic()
        async with s.get("https://httpbin.org/drip?duration=1&numbytes=4") as r:
            print("headers", el())
            async for chunk in r.content.iter_chunked(2):
                print(chunk, el())
        print("end", el())
        t0 = time.monotonic()
        async with s.get("https://httpbin.org/drip?duration=0.5&numbytes=5&delay=1") as r:
            print(await r.read(), el())
        async with s.get("https://httpbin.org/stream/2") as r:
            async for line in r.content:
                print(len(line), el())


asyncio.run(main())
