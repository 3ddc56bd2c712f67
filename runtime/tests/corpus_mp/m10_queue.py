import multiprocessing as mp, time
def producer(q):
    for i in range(4):
        time.sleep(0.05)
        q.put(i * 10)
    q.put(None)
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,)); p.start()
    while (item := q.get()) is not None:
        print("got", item)
    p.join()
    print("queue empty:", q.empty())
