# Threads and gather, but no timeout anywhere: the board waits for reports.
# expect: fail
# expect-hint: pass-the-timeout
# expect-failing: board, elapsed, probe-gives-up, other-services
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
    # probe() blocks, so each call runs in a worker thread while the loop stays free
    statuses = await asyncio.gather(
        *(asyncio.to_thread(probe, url, timeout) for url in services.values())
    )
    return dict(zip(services, statuses))


async def main():
    started = time.perf_counter()
    board = await status_board(SERVICES)
    for name, status in board.items():
        print(f"{name}: {status}")
    print(f"board ready in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
