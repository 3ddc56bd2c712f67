# fidelity: no-timing
# (CPython spends 0.05-0.2 s starting each spawn process, which the virtual clock does not charge: runtime/README.md)
import atexit
import multiprocessing
import os
import threading
import time


def child():
    try:
        print("child working", flush=True)
        os._exit(7)
    finally:
        print("child finally must not run", flush=True)


def worker():
    try:
        time.sleep(1)
    finally:
        print("worker finally must not run", flush=True)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print("child exit code", p.exitcode, flush=True)
    atexit.register(print, "atexit must not run")
    threading.Thread(target=worker).start()
    try:
        print("main ends", flush=True)
        os._exit(3)
    finally:
        print("main finally must not run", flush=True)
