# Endpoints declared by the run (declared_endpoints.endpoints.json): latency, status, body.
# elapsed: 1.55
import asyncio
import time

import aiohttp
import requests


async def main():
    async with aiohttp.ClientSession() as session:
        async def get(path):
            async with session.get(f"https://api.shop.example.com{path}") as resp:
                return resp.status, await resp.json()

        results = await asyncio.gather(get("/products/1"), get("/products/2"), get("/stock"))
        for status, body in results:
            print(status, body)


start = time.monotonic()
asyncio.run(main())
print(f"gathered in {time.monotonic() - start:.2f}")
r = requests.get("https://status.internal.example.com/health")
print(r.status_code, repr(r.text), r.headers["X-Region"])
r = requests.get("https://httpbin.org/anything/x")
print(r.status_code, r.json()["method"])
print(f"total {time.monotonic() - start:.2f}")
