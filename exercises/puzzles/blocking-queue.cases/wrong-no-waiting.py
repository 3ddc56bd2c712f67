# The starter: nothing waits, so get() on an empty queue raises IndexError at once.
# expect: fail
# expect-hint: wait-and-notify
import collections
import threading
import time


class BlockingQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()

    def put(self, item, timeout=None):
        self.items.append(item)

    def get(self, timeout=None):
        return self.items.popleft()

    def __len__(self):
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
