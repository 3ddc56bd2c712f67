# Another correct solution: wait with the timeout, then ask is_set().
# expect: pass
import threading
import time

ready = threading.Event()


def server():
    print("server: loading config")
    time.sleep(1.5)  # reading a large config file
    print("server: ready")
    ready.set()


def client(n, timeout=3.0):
    ready.wait(timeout=timeout)
    if ready.is_set():
        print(f"client {n}: connected")
    else:
        print(f"client {n}: gave up")



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
