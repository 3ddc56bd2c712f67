# Returns exceptions but still averages every item.
# expect: fail
# expect-hint: skip-errors
# expect-failing: no-error, output
import asyncio

# name: (seconds to answer, reading); None means the sensor is broken.
SENSORS = {"kitchen": (1.0, 21.5), "attic": (0.5, None), "garden": (2.0, 12.0), "cellar": (1.5, 9.5)}


async def read(name):
    delay, value = SENSORS[name]
    await asyncio.sleep(delay)
    if value is None:
        raise ConnectionError(f"{name} sensor offline")
    return value


async def read_all(names):
    # With return_exceptions=True gather does not fail at the first error: the exception
    # takes that coroutine's place in the results, and every other reading is kept.
    return await asyncio.gather(*(read(name) for name in names), return_exceptions=True)


async def main():
    names = list(SENSORS)
    readings = await read_all(names)
    for name, reading in zip(names, readings):
        print(f"{name}: {reading}")
    print(f"average of {len(readings)} sensors: {sum(readings) / len(readings):.1f}")


asyncio.run(main())
