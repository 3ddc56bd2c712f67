# Joins each worker right after starting it: one worker at a time.
# expect: fail
# expect-hint: concurrent
# expect-failing: output, elapsed, tests
import queue
import threading
import time

# (file name, seconds it takes to resize)
JOBS = [("a.png", 0.4), ("b.png", 0.2), ("c.png", 0.6), ("d.png", 0.3), ("e.png", 0.5), ("f.png", 0.2), ("g.png", 0.4)]


def make_thumbnail(name, seconds):
    time.sleep(seconds)  # resizing
    return name.replace(".png", ".thumb.png")


def process_all(jobs, workers, cancel):
    todo = queue.Queue()
    for job in jobs:
        todo.put(job)
    for _ in range(workers):
        todo.put(None)  # one sentinel per worker
    done = {}
    busy = [0.0]
    busy_lock = threading.Lock()

    def worker():
        while True:
            job = todo.get()
            if job is None or cancel.is_set():  # a sentinel, or cancelled: take no new job
                break
            name, seconds = job
            done[name] = make_thumbnail(name, seconds)
            with busy_lock:  # += is a read and a write: two workers must not interleave them
                busy[0] += seconds

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
        thread.join()
    thumbs = {name: done[name] for name, _ in jobs if name in done}  # back in the order of jobs
    return thumbs, busy[0]


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
