# Another correct solution: a small class for the busy counter, iter() over the queue, and the cancel checked before each get.
# expect: pass
import queue
import threading
import time

# (file name, seconds it takes to resize)
JOBS = [("a.png", 0.4), ("b.png", 0.2), ("c.png", 0.6), ("d.png", 0.3), ("e.png", 0.5), ("f.png", 0.2), ("g.png", 0.4)]


def make_thumbnail(name, seconds):
    time.sleep(seconds)  # resizing
    return name.replace(".png", ".thumb.png")


class Busy:
    def __init__(self):
        self.seconds = 0.0
        self.lock = threading.Lock()

    def add(self, seconds):
        with self.lock:
            self.seconds += seconds


def process_all(jobs, workers, cancel):
    todo = queue.Queue()
    for job in jobs:
        todo.put(job)
    for _ in range(workers):
        todo.put(None)
    done = {}
    busy = Busy()

    def worker():
        for name, seconds in iter(todo.get, None):
            if cancel.is_set():
                return
            done[name] = make_thumbnail(name, seconds)
            busy.add(seconds)

    threads = [threading.Thread(target=worker, name=f"resizer-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {name: done[name] for name, _ in jobs if name in done}, busy.seconds


def report(label, jobs, workers, cancel):
    started = time.perf_counter()
    thumbs, busy = process_all(jobs, workers, cancel)
    took = time.perf_counter() - started
    print(f"{label}: {len(thumbs)} thumbnails in {took:.1f} s, busy {busy:.1f} s")
    print("  " + " ".join(thumbs.values()))


def main():
    report("full batch", JOBS, 3, threading.Event())
    cancel = threading.Event()
    timer = threading.Timer(0.45, cancel.set)  # cancel the second batch after 0.45 s
    timer.start()
    report("cancelled batch", JOBS, 3, cancel)


main()
