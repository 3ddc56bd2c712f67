# A child that has ended is still there for os.kill until its parent waits for it (a zombie):
# the signal does nothing. After join() the pid is gone.
import multiprocessing
import os
import signal
import time


def quick(conn):
    conn.send("done")


if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=quick, args=(child,))
    p.start()
    print(parent.recv())
    time.sleep(0.2)  # the child has ended by now; nobody has waited for it
    os.kill(p.pid, signal.SIGTERM)
    print("signal sent to the ended child")
    p.join()
    print("exit code", p.exitcode)
    try:
        os.kill(p.pid, signal.SIGTERM)
    except ProcessLookupError as e:
        print("after join:", type(e).__name__, e)
    q = multiprocessing.Process(target=time.sleep, args=(0.1,))
    q.start()
    time.sleep(0.3)
    print("alive", q.is_alive())  # is_alive waits for it: the pid is gone
    try:
        os.kill(q.pid, 0)
    except ProcessLookupError:
        print("after is_alive: no such process")
    q.join()
