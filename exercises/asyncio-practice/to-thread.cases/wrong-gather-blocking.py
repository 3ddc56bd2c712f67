# Wraps the blocking call in coroutines and gathers them: the loop is still blocked, one after another.
# expect: fail
# expect-hint: blocking-call
# expect-failing: loop-free, elapsed, threads, output, other-addresses
import asyncio
import time

PLACES = {
    "221B Baker Street": (51.524, -0.158),
    "Red Square": (55.754, 37.620),
    "Shibuya Crossing": (35.659, 139.700),
}


def geocode(address):
    """An old geocoding SDK: synchronous, it blocks for 1.2 s per address."""
    time.sleep(1.2)
    return PLACES[address]


async def heartbeat(started):
    while True:
        await asyncio.sleep(0.5)
        print(f"ping at {time.perf_counter() - started:.1f} s")


async def locate(address):
    return geocode(address)


async def locate_all(addresses):
    coords = await asyncio.gather(*(locate(address) for address in addresses))
    return dict(zip(addresses, coords))


async def main():
    started = time.perf_counter()
    beat = asyncio.create_task(heartbeat(started))
    found = await locate_all(list(PLACES))
    beat.cancel()
    for address, (lat, lon) in found.items():
        print(f"{address}: {lat}, {lon}")
    print(f"done in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
