# A process ended by a signal runs no exit steps: it does not wait for its own children, so a
# grandchild waiting on its parent (parent_process().join) sees it end at once.
import multiprocessing
import time
from multiprocessing.process import parent_process


def report(conn):
    conn.send("alive" if parent_process().is_alive() else "not alive")
    parent_process().join(timeout=5)
    conn.send("alive" if parent_process().is_alive() else "not alive")


def middle(conn):
    p = multiprocessing.Process(target=report, args=(conn,))
    p.start()
    time.sleep(300)


if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=middle, args=(w,))
    p.start()
    print(r.recv())
    t = time.monotonic()
    p.terminate()
    p.join()
    print("middle", p.exitcode)
    print(r.recv(), round(time.monotonic() - t, 1))
