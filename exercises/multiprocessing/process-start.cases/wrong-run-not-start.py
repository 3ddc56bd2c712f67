# Calls run() instead of start(): render runs in the main process.
# expect: fail
# expect-hint: run-not-start
# expect-failing: processes, overlap, elapsed
import multiprocessing
import os
import time


def render(chunk):
    time.sleep(1.0)  # rendering one chunk of the video
    print(f"chunk {chunk} rendered by pid {os.getpid()} (parent {os.getppid()})")


if __name__ == "__main__":
    print(f"main pid {os.getpid()}")
    started = time.perf_counter()
    workers = [multiprocessing.Process(target=render, args=(chunk,)) for chunk in range(3)]
    for worker in workers:
        worker.run()
    print(f"all chunks rendered in {time.perf_counter() - started:.1f} s")
