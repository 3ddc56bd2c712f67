# Uses threads: the waits overlap, but every chunk is rendered by the main process.
# expect: fail
# expect-hint: use-process
# expect-failing: processes
import multiprocessing
import os
import threading
import time


def render(chunk):
    time.sleep(1.0)
    print(f"chunk {chunk} rendered by pid {os.getpid()} (parent {os.getppid()})")


if __name__ == "__main__":
    print(f"main pid {os.getpid()}")
    started = time.perf_counter()
    workers = [threading.Thread(target=render, args=(chunk,)) for chunk in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"all chunks rendered in {time.perf_counter() - started:.1f} s")
