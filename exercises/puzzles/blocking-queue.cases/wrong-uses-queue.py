# Wraps queue.Queue: it works, but the exercise is to build the queue.
# expect: fail
# expect-hint: build-it
# expect-failing: own-queue
import queue
import threading
import time


class BlockingQueue:
    def __init__(self, capacity):
        self.inner = queue.Queue(capacity)

    def put(self, item, timeout=None):
        try:
            self.inner.put(item, timeout=timeout)
        except queue.Full:
            raise TimeoutError("the queue stayed full") from None

    def get(self, timeout=None):
        try:
            return self.inner.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError("the queue stayed empty") from None

    def __len__(self):
        return self.inner.qsize()


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
