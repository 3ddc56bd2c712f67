# Probes in a thread pool, but waits for pool.map() inside the coroutine, which blocks the event loop.
# expect: fail
# expect-hint: blocking-call
# expect-failing: loop-free

import asyncio
import time

import requests
from concurrent.futures import ThreadPoolExecutor

SERVICES = {
    "auth": "https://auth.example.com/health",
    "billing": "https://billing.example.com/health",
    "search": "https://search.example.com/health",
    "reports": "https://reports.example.com/health",
}


def probe(url, timeout):
    """The team's blocking health client: the HTTP status of url, or "timeout"."""
    try:
        # requests gives up by itself, so the worker thread ends after `timeout` seconds
        response = requests.get(url, timeout=timeout)
    except requests.exceptions.Timeout:
        return "timeout"
    return response.status_code


async def status_board(services, timeout=1.0):
    """{name: status or "timeout"}: every service probed at the same time."""
    # a thread pool probes all services at once
    with ThreadPoolExecutor(max_workers=len(services)) as pool:
        statuses = list(pool.map(lambda url: probe(url, timeout), services.values()))
    return dict(zip(services, statuses))


async def main():
    started = time.perf_counter()
    board = await status_board(SERVICES)
    for name, status in board.items():
        print(f"{name}: {status}")
    print(f"board ready in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
