# Never joins: the main process reports before the chunks are rendered.
# expect: fail
# expect-hint: missing-join
# expect-failing: own-pid, done-last
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
        multiprocessing.Process(target=render, args=(chunk,)).start()
    print(f"all chunks rendered in {time.perf_counter() - started:.1f} s")
