import multiprocessing as mp, time
def worker(q, out):
    while True:
        n = q.get()
        time.sleep(0.1)
        out.put(n * n)
        q.task_done()
if __name__ == "__main__":
    q, out = mp.JoinableQueue(), mp.Queue()
    ws = [mp.Process(target=worker, args=(q, out), daemon=True) for _ in range(2)]
    for w in ws: w.start()
    for n in range(4): q.put(n)
    q.join()
    print(sorted(out.get() for _ in range(4)))
