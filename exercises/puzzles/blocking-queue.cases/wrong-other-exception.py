# Raises RuntimeError when a timeout runs out: callers that catch TimeoutError (as queue users do) miss it.
# expect: fail
# expect-hint: timeout
# expect-failing: tests, deadline
import collections
import threading
import time


class BlockingQueue:
    """A FIFO queue of at most `capacity` items; put() and get() wait, up to `timeout` seconds."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        lock = threading.Lock()
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if not self.not_full.wait_for(lambda: len(self.items) < self.capacity, timeout):
                raise RuntimeError("timed out: the queue stayed full")
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.items, timeout):
                raise RuntimeError("timed out: the queue stayed empty")
            item = self.items.popleft()
            self.not_full.notify()
            return item

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
