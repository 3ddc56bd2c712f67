# Catches the error around gather: survives, but loses every reading.
# expect: fail
# expect-hint: lost-results
# expect-failing: no-error, output, tests, elapsed
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
    try:
        return await asyncio.gather(*(read(name) for name in names))
    except ConnectionError as error:
        return [error] * len(names)


async def main():
    names = list(SENSORS)
    readings = await read_all(names)
    good = []
    for name, reading in zip(names, readings):
        if isinstance(reading, Exception):
            print(f"{name}: error: {reading}")
        else:
            print(f"{name}: {reading}")
            good.append(reading)
    print(f"average of {len(good)} sensors: {sum(good) / len(good):.1f}")


asyncio.run(main())
