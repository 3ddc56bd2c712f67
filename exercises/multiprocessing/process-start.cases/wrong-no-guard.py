# Starts the processes at the top level of the file, without the __main__ guard.
# expect: fail
# expect-hint: main-guard
# expect-failing: own-pid, overlap, elapsed, done-last

import multiprocessing
import os
import time


def render(chunk):
    time.sleep(1.0)  # rendering one chunk of the video
    print(f"chunk {chunk} rendered by pid {os.getpid()} (parent {os.getppid()})")


print(f"main pid {os.getpid()}")
started = time.perf_counter()
workers = [multiprocessing.Process(target=render, args=(chunk,)) for chunk in range(3)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(f"all chunks rendered in {time.perf_counter() - started:.1f} s")
