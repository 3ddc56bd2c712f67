# Also correct: hand-written while loops with a deadline, and one condition with notify_all.
# expect: pass
import collections
import threading
import time


class BlockingQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.changed = threading.Condition()

    def _wait(self, blocked, timeout, message):
        deadline = None if timeout is None else time.monotonic() + timeout
        while blocked():
            if deadline is None:
                self.changed.wait()
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(message)
            self.changed.wait(remaining)

    def put(self, item, timeout=None):
        with self.changed:
            self._wait(lambda: len(self.items) >= self.capacity, timeout, "the queue stayed full")
            self.items.append(item)
            self.changed.notify_all()

    def get(self, timeout=None):
        with self.changed:
            self._wait(lambda: not self.items, timeout, "the queue stayed empty")
            item = self.items.popleft()
            self.changed.notify_all()
            return item

    def __len__(self):
        with self.changed:
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
