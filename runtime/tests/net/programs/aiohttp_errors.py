# Unknown hosts fail like a DNS error; timeouts raise asyncio.TimeoutError or SocketTimeoutError.
# elapsed: 3.5
import asyncio
import time

import aiohttp


async def main():
    start = time.monotonic()
    async with aiohttp.ClientSession() as session:
        for url in ("https://no-such-host.invalid/get", "http://intranet/get"):
            try:
                await session.get(url)
            except aiohttp.ClientConnectorError as e:
                print(type(e).__name__, isinstance(e, OSError), "|", e)
        try:
            await session.get("https://httpbin.org/delay/5", timeout=aiohttp.ClientTimeout(total=1.5))
        except asyncio.TimeoutError as e:
            print("total timeout", type(e).__name__, f"at {time.monotonic() - start:.2f}")
        try:
            await session.get("https://httpbin.org/delay/3", timeout=aiohttp.ClientTimeout(sock_read=2))
        except aiohttp.ServerTimeoutError as e:
            print(type(e).__name__, "|", e, f"at {time.monotonic() - start:.2f}")
        try:
            await session.get("ftp://httpbin.org/")
        except aiohttp.ClientError as e:
            print(type(e).__name__, "|", e)
    try:
        await session.get("https://httpbin.org/get")
    except RuntimeError as e:
        print("RuntimeError |", e)


asyncio.run(main())
