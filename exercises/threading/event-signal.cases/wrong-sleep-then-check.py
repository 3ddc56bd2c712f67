# The client sleeps as long as the server usually takes, then checks the event once.
# expect: fail
# expect-hint: polling
# expect-failing: order, tests

import threading
import time

ready = threading.Event()


def server():
    print("server: loading config")
    time.sleep(1.5)  # reading a large config file
    print("server: ready")
    ready.set()


def client(n, timeout=3.0):
    # wait() returns True as soon as the event is set, or False when the timeout runs out
    time.sleep(1.5)  # the server takes 1.5 s to start
    if not ready.is_set():
        print(f"client {n}: gave up")
        return
    print(f"client {n}: connected")



def main():
    started = time.perf_counter()
    threads = [threading.Thread(target=server)]
    threads += [threading.Thread(target=client, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"took {time.perf_counter() - started:.1f} s")


main()
