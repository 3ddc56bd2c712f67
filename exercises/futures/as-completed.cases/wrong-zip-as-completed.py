# Uses as_completed but zips it with the station list: right times, wrong names.
# expect: fail
# expect-hint: wrong-station
# expect-failing: output, other-stations
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

DELAYS = {"north": 3.0, "south": 1.0, "east": 2.0, "west": 0.4}


def fetch(station):
    time.sleep(DELAYS[station])
    return len(station) * 4


def watch(stations):
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(stations)) as pool:
        futures = [pool.submit(fetch, station) for station in stations]
        for station, future in zip(stations, as_completed(futures)):
            print(f"{time.perf_counter() - started:.1f}s {station}: {future.result()}°")


watch(["north", "south", "east", "west"])
