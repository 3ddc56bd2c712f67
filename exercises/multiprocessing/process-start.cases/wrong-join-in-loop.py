# Starts each process and joins it at once: the chunks render one after another.
# expect: fail
# expect-hint: join-in-loop
# expect-failing: overlap, elapsed
import multiprocessing
import os
import time


def render(chunk):
    time.sleep(1.0)  # rendering one chunk of the video
    print(f"chunk {chunk} rendered by pid {os.getpid()} (parent {os.getppid()})")


if __name__ == "__main__":
    print(f"main pid {os.getpid()}")
    started = time.perf_counter()
    for chunk in range(3):
        worker = multiprocessing.Process(target=render, args=(chunk,))
        worker.start()
        worker.join()
    print(f"all chunks rendered in {time.perf_counter() - started:.1f} s")
