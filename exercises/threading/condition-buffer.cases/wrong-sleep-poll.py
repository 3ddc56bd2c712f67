# get() polls the buffer with a short sleep instead of waiting on the condition.
# expect: fail
# expect-hint: wake-not-poll
# expect-failing: tests

import threading
import time


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.changed = threading.Condition()
        self.most = 0  # the largest number of items ever held (for the report)

    def put(self, item):
        with self.changed:
            while len(self.items) >= self.capacity:  # re-check after waking: another thread may have got here first
                self.changed.wait()
            self.items.append(item)
            self.most = max(self.most, len(self.items))
            self.changed.notify_all()  # wake the threads waiting in get()

    def get(self):
        while True:
            with self.changed:
                if self.items:
                    item = self.items.pop(0)
                    self.changed.notify_all()
                    return item
            time.sleep(0.05)  # check again soon


def sensor(buffer):
    for n in range(8):
        time.sleep(0.1)  # a new reading every 0.1 s
        buffer.put(n)
    buffer.put(None)


def logger(buffer):
    while (reading := buffer.get()) is not None:
        time.sleep(0.3)  # writing to a slow disk
        print("logged", reading)


def main():
    started = time.perf_counter()
    buffer = BoundedBuffer(3)
    threads = [threading.Thread(target=sensor, args=(buffer,)), threading.Thread(target=logger, args=(buffer,))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"most in buffer: {buffer.most}, took {time.perf_counter() - started:.1f} s")


main()
