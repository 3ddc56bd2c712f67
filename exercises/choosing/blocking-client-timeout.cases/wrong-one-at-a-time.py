# Awaits each to_thread call before starting the next.
# expect: fail
# expect-hint: one-at-a-time
# expect-failing: board, threads, elapsed, other-services
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
    board = {}
    for name, url in services.items():
        board[name] = await asyncio.to_thread(probe, url, timeout)
    return board


async def main():
    started = time.perf_counter()
    board = await status_board(SERVICES)
    for name, status in board.items():
        print(f"{name}: {status}")
    print(f"board ready in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
