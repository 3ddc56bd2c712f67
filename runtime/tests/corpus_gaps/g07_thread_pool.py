import threading
import time
from multiprocessing import dummy
from multiprocessing.pool import ThreadPool


def slow_square(x):
    time.sleep(0.1)
    return x * x


def fails(x):
    raise ValueError(f"bad {x}")


def who(_):
    time.sleep(0.05)
    return threading.current_thread().name


with ThreadPool(3) as pool:
    print(pool)
    print(pool.map(slow_square, range(6)))
    print(list(pool.imap(slow_square, range(3))))
    print(sorted(pool.imap_unordered(slow_square, range(3))))
    print(pool.apply_async(slow_square, (7,)).get())
    print(pool.starmap(pow, [(2, 3), (3, 2)]))
    err = pool.apply_async(fails, (1,))
    err.wait()
    print(err.ready(), err.successful())
    try:
        err.get()
    except ValueError as exc:
        print("ValueError:", exc, exc.__cause__)
    print(sorted(set(pool.map(who, range(6)))))
    print(pool.map(lambda x: x + 1, [1, 2]))

pool = dummy.Pool(2)
print(sorted(pool.map(slow_square, range(4))))
pool.close()
pool.join()

p = dummy.Process(target=slow_square, args=(3,))
print(p.exitcode, dummy.active_children())
p.start()
print(p.exitcode, dummy.active_children() == [p])
p.join()
print(p.exitcode, dummy.active_children(), dummy.current_process().name)
q = dummy.Queue()
a, b = dummy.Pipe()
a.send("ping")
q.put(b.recv())
print(q.get(), b.poll(), dummy.Manager() is dummy)
ns = dummy.Namespace(x=1, y="two")
print(ns, dummy.Value("i", 5), list(dummy.Array("i", [1, 2])))
print(threading.active_count())
