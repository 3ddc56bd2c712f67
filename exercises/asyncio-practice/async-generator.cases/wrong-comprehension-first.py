# Writes the generator, then drains it into a list before looking at any reading.
# expect: fail
# expect-hint: collects-first
# expect-failing: elapsed, output
import asyncio
import time

READINGS = [72, 75, 90, 131, 88, 70, 69, 71]
LIMIT = 120


async def heartbeats(readings):
    for bpm in readings:
        await asyncio.sleep(0.5)
        yield bpm


async def main():
    started = time.perf_counter()
    readings = [bpm async for bpm in heartbeats(READINGS)]
    for bpm in readings:
        print(f"{time.perf_counter() - started:.1f}s {bpm} bpm")
        if bpm > LIMIT:
            print(f"ALARM at {time.perf_counter() - started:.1f}s")
            break


asyncio.run(main())
