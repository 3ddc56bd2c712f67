"""threading.RLock() is the C type _thread.RLock (threading._CRLock), with its private methods."""
import _thread
import pickle
import threading
import time

r = threading.RLock()
me = str(threading.get_ident())
print(type(r), type(r).__module__, type(r).__qualname__, threading._CRLock is _thread.RLock)
print(type(r).acquire.__qualname__, type(r).__exit__.__qualname__)
print(repr(r).split(" at ")[0])
r.acquire()
with r:
    print(repr(r).split(" at ")[0].replace(me, "<me>"), r._is_owned(), r._recursion_count())
count, owner = r._release_save()
print(count, owner == threading.get_ident(), r._is_owned(), r._recursion_count())
r._acquire_restore((count, owner))
print(r._recursion_count())
r.release()
for call in (r.release, r._release_save):
    try:
        call()
    except RuntimeError as exc:
        print(call.__name__, "RuntimeError:", exc)
for lock in (r, threading.Lock()):
    try:
        pickle.dumps(lock)
    except TypeError as exc:
        print("TypeError:", exc)


class Named(_thread.RLock):  # subclasses with an __init__ of their own are allowed
    def __init__(self, name, *, quiet):
        super().__init__()
        self.name = name


n = Named("n", quiet=True)
print(type(n).__mro__[1], n.acquire(), n._recursion_count(), n.name)
n.release()

# another thread: waits out its timeout, then takes the lock once the holder lets go
r.acquire()
seen = []


def worker():
    started = time.monotonic()
    seen.append((r.acquire(timeout=0.05), r._recursion_count(), r._is_owned()))
    seen.append(0.05 <= time.monotonic() - started < 0.5)
    with r:
        seen.append(repr(r).split(" owner")[0])


t = threading.Thread(target=worker)
t.start()
time.sleep(0.1)
print(repr(r).split(" at ")[0].replace(me, "<me>"), r._is_owned())
r.release()
t.join()
print(seen)

# Condition's default lock is the C RLock: wait() saves and restores its recursion
cv = threading.Condition()
print(type(cv._lock).__qualname__)
with cv:
    with cv:
        print(cv.wait(0.01), cv._lock._recursion_count())
