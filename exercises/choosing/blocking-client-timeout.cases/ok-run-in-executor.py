# Another correct solution: loop.run_in_executor, and requests.Timeout caught by its short name.
# expect: pass
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
    except requests.Timeout:
        return "timeout"
    return response.status_code


async def status_board(services, timeout=1.0):
    """{name: status or "timeout"}: every service probed at the same time."""
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, probe, url, timeout) for url in services.values()]
    return dict(zip(services, await asyncio.gather(*futures)))


async def main():
    started = time.perf_counter()
    board = await status_board(SERVICES)
    for name, status in board.items():
        print(f"{name}: {status}")
    print(f"board ready in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
