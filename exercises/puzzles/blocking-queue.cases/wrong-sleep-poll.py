# Waits by polling: checks the deque, sleeps 10 ms, checks again (and counts the timeout down).
# expect: fail
# expect-hint: polling
# expect-failing: deadline

import collections
import threading
import time


class BlockingQueue:
    """A FIFO queue of at most `capacity` items; put() and get() wait, up to `timeout` seconds."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        lock = threading.Lock()
        self.not_full = threading.Condition(lock)  # two conditions, one lock:
        self.not_empty = threading.Condition(lock)  # each wakes only the side that can go on

    def put(self, item, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.not_full:
                if len(self.items) < self.capacity:
                    self.items.append(item)
                    return
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError("the queue stayed full")
            time.sleep(0.01)

    def get(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.not_empty:
                if self.items:
                    return self.items.popleft()
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError("the queue stayed empty")
            time.sleep(0.01)

    def __len__(self):
        with self.not_full:
            return len(self.items)


def computer(name, jobs):
    for n in range(4):
        time.sleep(0.05)  # someone clicks "Print"
        jobs.put(f"{name}-{n}")


def printer(name, jobs, printed):
    while True:
        try:
            job = jobs.get(timeout=0.5)
        except TimeoutError:
            return  # nothing to print for half a second: the day is over
        time.sleep(0.2)  # printing a page
        printed.append(job)


def main():
    jobs = BlockingQueue(2)
    printed = []
    started = time.perf_counter()
    threads = [threading.Thread(target=computer, args=(name, jobs)) for name in ("ann", "bob", "cid")]
    threads += [threading.Thread(target=printer, args=(name, jobs, printed)) for name in ("left", "right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"printed {len(printed)} jobs in {time.perf_counter() - started:.1f} s")


main()
