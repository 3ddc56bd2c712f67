# fidelity: no-timing
# os.kill between processes: SIGINT to the parent raises KeyboardInterrupt in its main thread,
# woken from a wait; SIGTERM (terminate) to a child with a handler runs the handler there; to one
# without ends it (-15); signal 0 only asks whether a process is there
import os
import signal
import time
import multiprocessing as mp


def poke_parent(pid, delay):
    time.sleep(delay)
    os.kill(pid, signal.SIGINT)


def on_term(signum, frame):
    print("child: got SIGTERM, leaving", flush=True)
    raise SystemExit(3)


def guarded(ready):
    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    time.sleep(5)


def plain(ready):
    ready.set()
    time.sleep(5)


if __name__ == "__main__":
    event = mp.Event()
    p = mp.Process(target=poke_parent, args=(os.getpid(), 0.2))
    p.start()
    try:
        event.wait(5)
        print("not interrupted")
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt in wait")
    p.join()
    for target in (guarded, plain):
        ready = mp.Event()
        c = mp.Process(target=target, args=(ready,))
        c.start()
        ready.wait()
        time.sleep(0.1)
        os.kill(c.pid, 0)
        if target is plain:
            os.kill(c.pid, signal.SIGTERM)
        else:
            c.terminate()  # SIGTERM too
        c.join()
        print(target.__name__, "exitcode", c.exitcode)
    try:
        os.kill(c.pid, 0)
    except ProcessLookupError as e:
        print("gone:", type(e).__name__)
