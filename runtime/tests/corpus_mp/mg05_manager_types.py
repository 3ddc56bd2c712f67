# fidelity: no-timing
# (CPython recorded at a machine load of 25, when its manager start and round trips take 10-40 times
# their idle cost: these cases check what the manager does; procs.START_COSTS times its start.)
# The manager's other shared types, changed by children: Value, Array, Namespace, Lock, Event.
import multiprocessing as mp


def work(counter, cells, ns, lock, done, i):
    with lock:
        counter.value += i
        cells[i] = i * 10
        ns.last = i
    if i == 2:
        done.set()


if __name__ == "__main__":
    with mp.Manager() as m:
        counter, cells = m.Value("i", 0), m.Array("i", [0, 0, 0])
        ns, lock, done = m.Namespace(last=None), m.Lock(), m.Event()
        ps = [mp.Process(target=work, args=(counter, cells, ns, lock, done, i)) for i in range(3)]
        for p in ps:
            p.start()
        print("event set:", done.wait(5))
        for p in ps:
            p.join()
        print("value:", counter.value, "array:", list(cells), "namespace has last:", ns.last in range(3))
        print("lock acquired again:", lock.acquire(timeout=1))
        lock.release()
        ns.extra = "x"
        print("namespace keys:", sorted(vars(ns._getvalue())))
