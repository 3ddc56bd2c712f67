# Uses to_thread, but awaits each lookup before starting the next.
# expect: fail
# expect-hint: sequential
# expect-failing: elapsed, threads, output, other-addresses
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


async def locate_all(addresses):
    found = {}
    for address in addresses:
        found[address] = await asyncio.to_thread(geocode, address)
    return found


async def main():
    started = time.perf_counter()
    beat = asyncio.create_task(heartbeat(started))
    found = await locate_all(list(PLACES))
    beat.cancel()
    for address, (lat, lon) in found.items():
        print(f"{address}: {lat}, {lon}")
    print(f"done in {time.perf_counter() - started:.1f} s")


asyncio.run(main())
