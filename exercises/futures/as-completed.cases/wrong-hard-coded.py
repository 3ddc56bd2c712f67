# Waits for the work, then prints the four expected lines from a table.
# expect: fail
# expect-hint: hard-coded
# expect-failing: other-stations
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

DELAYS = {"north": 3.0, "south": 1.0, "east": 2.0, "west": 0.4}


def fetch(station):
    time.sleep(DELAYS[station])
    return len(station) * 4


def watch(stations):
    with ThreadPoolExecutor(max_workers=len(stations)) as pool:
        futures = [pool.submit(fetch, station) for station in stations]
    for line in ["0.4s west: 16°", "1.0s south: 20°", "2.0s east: 16°", "3.0s north: 20°"]:
        print(line)


watch(["north", "south", "east", "west"])
