import multiprocessing as mp
def record(d, lst, key):
    d[key] = key * 2
    lst.append(key)
if __name__ == "__main__":
    with mp.Manager() as m:
        d, lst = m.dict(), m.list()
        ps = [mp.Process(target=record, args=(d, lst, k)) for k in range(3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(lst))
