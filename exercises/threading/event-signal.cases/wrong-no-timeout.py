# Waits without the timeout: a client waits forever for a server that never comes.
# expect: fail
# expect-hint: use-timeout
# expect-failing: tests
import threading
import time

ready = threading.Event()


def server():
    print("server: loading config")
    time.sleep(1.5)  # reading a large config file
    print("server: ready")
    ready.set()


def client(n, timeout=3.0):
    ready.wait()
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
