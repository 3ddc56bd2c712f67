# Another correct solution: drives the generator by hand with anext().
# expect: pass
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
    stream = heartbeats(READINGS)
    while True:
        bpm = await anext(stream)
        print(f"{time.perf_counter() - started:.1f}s {bpm} bpm")
        if bpm > LIMIT:
            print(f"ALARM at {time.perf_counter() - started:.1f}s")
            await stream.aclose()
            return


asyncio.run(main())
