# settled
from multiprocessing import Pool, Process, Queue


def square(x):
    return x * x


def produce(q):
    for i in range(3):
        q.put(i)
    q.put(None)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(5)))
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    while (item := q.get()) is not None:
        print("got", item)
    p.join()
    print("exit code", p.exitcode)
