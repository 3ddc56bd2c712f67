# fidelity: no-timing
# multiprocessing's locks and semaphores: reprs, ownership, "released too many times", and a
# lock and a semaphore shared between processes
import multiprocessing as mp
import threading
import time


def holder(lock, sem, started):
    with lock:
        started.set()
        time.sleep(0.2)
    sem.acquire()
    sem.acquire()


def other_thread(lock, out):
    out.append(repr(lock))


if __name__ == "__main__":
    lock = mp.Lock()
    rlock = mp.RLock()
    sem = mp.Semaphore(2)
    bsem = mp.BoundedSemaphore(1)
    print(lock, rlock, sem, bsem)
    with lock:
        print("held:", lock, lock.acquire(False), lock.acquire(timeout=0.05))
        out = []
        t = threading.Thread(target=other_thread, args=(lock, out), name="T")
        t.start()
        t.join()
        print("from a thread:", out[0])
    with rlock, rlock:
        print("held twice:", rlock)
    try:
        bsem.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        lock.release()
    except ValueError as e:
        print("lock:", e)
    try:
        rlock.release()
    except AssertionError as e:
        print("rlock:", e)
    started = mp.Event()
    p = mp.Process(target=holder, args=(lock, sem, started))
    t0 = time.monotonic()
    p.start()
    started.wait()
    print("child holds it:", lock)
    print("acquired after the child:", lock.acquire(), round(time.monotonic() - t0, 1) >= 0.2)
    lock.release()
    p.join()
    print("semaphore after the child:", sem, sem.get_value(), sem.acquire(False))
