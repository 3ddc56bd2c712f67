# An async generator that waits with time.sleep: same output, but the loop is blocked.
# expect: fail
# expect-hint: blocking-sleep
# expect-failing: loop-free
import asyncio
import time

READINGS = [72, 75, 90, 131, 88, 70, 69, 71]
LIMIT = 120


async def heartbeats(readings):
    for bpm in readings:
        time.sleep(0.5)
        yield bpm


async def main():
    started = time.perf_counter()
    async for bpm in heartbeats(READINGS):
        print(f"{time.perf_counter() - started:.1f}s {bpm} bpm")
        if bpm > LIMIT:
            print(f"ALARM at {time.perf_counter() - started:.1f}s")
            break


asyncio.run(main())
