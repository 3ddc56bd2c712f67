# Sorts the stations by their known delay and asks them one by one: right order, 6.5 s.
# expect: fail
# expect-hint: sequential
# expect-failing: elapsed, in-parallel, output, other-stations
import time
from concurrent.futures import ThreadPoolExecutor

DELAYS = {"north": 3.0, "south": 1.0, "east": 2.0, "west": 0.4}


def fetch(station):
    time.sleep(DELAYS[station])
    return len(station) * 4


def watch(stations):
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=1) as pool:
        for station in sorted(stations, key=DELAYS.get):
            temp = pool.submit(fetch, station).result()
            print(f"{time.perf_counter() - started:.1f}s {station}: {temp}°")


watch(["north", "south", "east", "west"])
