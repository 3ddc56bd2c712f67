# Another correct solution: concurrent.futures.wait with FIRST_COMPLETED in a loop.
# expect: pass
import time
import concurrent.futures as cf

DELAYS = {"north": 3.0, "south": 1.0, "east": 2.0, "west": 0.4}


def fetch(station):
    time.sleep(DELAYS[station])
    return len(station) * 4


def watch(stations):
    started = time.perf_counter()
    with cf.ThreadPoolExecutor() as pool:
        pending = {pool.submit(fetch, s): s for s in stations}
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in done:
                station = pending.pop(future)
                print(f"{time.perf_counter() - started:.1f}s {station}: {future.result()}°")


watch(["north", "south", "east", "west"])
