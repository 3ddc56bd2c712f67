# Sleeps "long enough" for the sensors, then drains whatever is in the queue.
# expect: fail
# expect-hint: sleep-then-drain
# expect-failing: elapsed

import multiprocessing
import time


def sensor(n, readings):
    for i in range(3):
        time.sleep(0.1 * (n + 1))  # sensor n takes a reading every 0.1 * (n + 1) s
        readings.put(f"s{n}:{i}")
    readings.put(None)  # this sensor is done


def collect(readings, sensors):
    time.sleep(1.0)  # give the sensors time to finish
    items = []
    while not readings.empty():
        item = readings.get()
        if item is not None:
            items.append(item)
    return items


def archiver(conn):
    while (batch := conn.recv()) is not None:  # recv() blocks until the other end sends
        conn.send(f"archived {len(batch)} readings")
    conn.close()


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
