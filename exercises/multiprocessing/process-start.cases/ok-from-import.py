# Another correct solution: from multiprocessing import Process, started while collecting.
# expect: pass
from multiprocessing import Process
import os
import time


def render(chunk):
    time.sleep(1.0)
    print(f"chunk {chunk} rendered by pid {os.getpid()} (parent {os.getppid()})")


if __name__ == "__main__":
    print(f"main pid {os.getpid()}")
    started = time.perf_counter()
    workers = []
    for chunk in range(3):
        worker = Process(target=render, args=(chunk,))
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
    print(f"all chunks rendered in {time.perf_counter() - started:.1f} s")
