# Times out the await with asyncio.wait_for, but the request itself never gives up: the thread runs on.
# expect: fail
# expect-hint: thread-keeps-running
# expect-failing: elapsed, probe-gives-up
import asyncio
import time

import requests

SERVICES = {
    "auth": "https://auth.example.com/health",
    "billing": "https://billing.example.com/health",
    "search": "https://search.example.com/health",
    "reports": "https://reports.example.com/health",
}


def probe(url, timeout):
    """The team's blocking health client: the HTTP status of url, or "timeout"."""
    response = requests.get(url)
    return response.status_code


async def status_board(services, timeout=1.0):
    """{name: status or "timeout"}: every service probed at the same time."""
    async def one(url):
        try:
            return await asyncio.wait_for(asyncio.to_thread(probe, url, timeout), timeout)
        except TimeoutError:
            return "timeout"

    statuses = await asyncio.gather(*(one(url) for url in services.values()))
    return dict(zip(services, statuses))


async def main():
    started = time.perf_counter()
    board = await status_board(SERVICES)
    for name, status in board.items():
        print(f"{name}: {status}")
    print(f"board ready in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
