# Keeps polling a flag, just more often: still late, and it burns CPU.
# expect: fail
# expect-hint: polling
# expect-failing: elapsed, tests, uses-event
import threading
import time

server_ready = False


def server():
    print("server: loading config")
    time.sleep(1.5)  # reading a large config file
    print("server: ready")
    global server_ready
    server_ready = True


def client(n, timeout=3.0):
    waited = 0.0
    while not server_ready:
        if waited >= timeout:
            print(f"client {n}: gave up")
            return
        time.sleep(0.4)
        waited += 0.4
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
