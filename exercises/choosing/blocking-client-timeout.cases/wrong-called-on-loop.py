# Gives probe its timeout but still calls it straight from the coroutine.
# expect: fail
# expect-hint: blocking-call
# expect-failing: loop-free, board, threads, elapsed, other-services
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
    try:
        # requests gives up by itself, so the worker thread ends after `timeout` seconds
        response = requests.get(url, timeout=timeout)
    except requests.exceptions.Timeout:
        return "timeout"
    return response.status_code


async def status_board(services, timeout=1.0):
    """{name: status or "timeout"}: every service probed at the same time."""
    return {name: probe(url, timeout) for name, url in services.items()}


async def main():
    started = time.perf_counter()
    board = await status_board(SERVICES)
    for name, status in board.items():
        print(f"{name}: {status}")
    print(f"board ready in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
