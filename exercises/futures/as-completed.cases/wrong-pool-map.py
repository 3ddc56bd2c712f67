# Switches to pool.map: still in submit order, so every line waits for north.
# expect: fail
# expect-hint: submit-order
# expect-failing: output, other-stations
import time
from concurrent.futures import ThreadPoolExecutor

DELAYS = {"north": 3.0, "south": 1.0, "east": 2.0, "west": 0.4}


def fetch(station):
    time.sleep(DELAYS[station])
    return len(station) * 4


def watch(stations):
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(stations)) as pool:
        for station, temp in zip(stations, pool.map(fetch, stations)):
            print(f"{time.perf_counter() - started:.1f}s {station}: {temp}°")


watch(["north", "south", "east", "west"])
