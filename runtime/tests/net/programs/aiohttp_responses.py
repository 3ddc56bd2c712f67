# Response API: status, reason, headers, json(), text(), read(), raise_for_status, ContentTypeError.
# elapsed: 0.25
import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession(headers={"X-Course": "interleave"}) as session:
        async with session.get("https://httpbin.org/get", params={"page": 2, "q": "a b"}) as resp:
            print(resp.status, resp.reason, resp.ok, resp.content_type, resp.url)
            body = await resp.json()
            print(body["args"], body["headers"]["X-Course"], body["origin"])
        async with session.post("https://httpbin.org/post", json={"n": 1}) as resp:
            body = await resp.json()
            print(body["json"], body["headers"]["Content-Type"])
        async with session.get("https://httpbin.org/status/404") as resp:
            print(resp.status, resp.ok)
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(type(e).__name__, e.status, e.message, "|", e)
        async with session.get("https://httpbin.org/html") as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print(type(e).__name__, "|", e)
            print(len(await resp.read()), (await resp.text()).splitlines()[5].strip())
        try:
            await session.get("https://httpbin.org/status/503", raise_for_status=True)
        except aiohttp.ClientResponseError as e:
            print("raise_for_status=True:", e)


asyncio.run(main())
