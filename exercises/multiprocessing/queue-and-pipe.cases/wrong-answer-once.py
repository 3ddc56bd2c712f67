# The archiver answers one batch and returns: the parent waits for the second answer forever.
# expect: fail
# expect-hint: archiver-loop
# expect-failing: output, tests
import multiprocessing
import time


def sensor(n, readings):
    for i in range(3):
        time.sleep(0.1 * (n + 1))  # sensor n takes a reading every 0.1 * (n + 1) s
        readings.put(f"s{n}:{i}")
    readings.put(None)  # this sensor is done


def collect(readings, sensors):
    items = []
    finished = 0
    while finished < sensors:  # each sensor sends exactly one None
        item = readings.get()  # blocks until some sensor puts something
        if item is None:
            finished += 1
        else:
            items.append(item)
    return items



def archiver(conn):
    batch = conn.recv()
    conn.send(f"archived {len(batch)} readings")


if __name__ == "__main__":
    readings = multiprocessing.Queue()
    sensors = [multiprocessing.Process(target=sensor, args=(n, readings)) for n in range(3)]
    for process in sensors:
        process.start()
    collected = collect(readings, len(sensors))
    for process in sensors:
        process.join()

    parent_end, child_end = multiprocessing.Pipe()
    keeper = multiprocessing.Process(target=archiver, args=(child_end,))
    keeper.start()
    for batch in (collected[:4], collected[4:]):
        parent_end.send(batch)
        print(parent_end.recv())
    parent_end.send(None)
    keeper.join()
    print(f"collected {len(collected)} readings")
