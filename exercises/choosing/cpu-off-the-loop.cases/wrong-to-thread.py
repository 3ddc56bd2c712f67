# asyncio.to_thread for CPU work: threads again, no speed-up.
# expect: fail
# expect-hint: not-in-processes
# expect-failing: health, processes, other-reports
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

REPORTS = {"sales": 6, "stock": 8, "staff": 5, "costs": 7}  # report name -> pages


def render(pages):
    # CPU-bound: lays out every page in pure Python, never waits
    checksum = 0
    for i in range(pages * 30_000):
        checksum = (checksum * 31 + i) % 1_000_003
    return checksum


async def health_checks(delays):
    # a load balancer asks every 5 ms; each answer's delay is recorded
    while True:
        asked = time.perf_counter()
        await asyncio.sleep(0.005)
        delays.append(time.perf_counter() - asked - 0.005)


async def render_all(reports):
    """{name: checksum} of every report, rendered side by side without stalling the loop."""
    checksums = await asyncio.gather(*(asyncio.to_thread(render, pages) for pages in reports.values()))
    return dict(zip(reports, checksums))


async def main():
    delays = []
    checker = asyncio.create_task(health_checks(delays))
    results = await render_all(REPORTS)
    checker.cancel()
    for name, checksum in results.items():
        print(f"{name}: {checksum}")
    print(f"worst health-check delay: {max(delays) * 1000:.0f} ms")


if __name__ == "__main__":
    asyncio.run(main())
