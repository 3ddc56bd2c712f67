import multiprocessing as mp, time
def slow(x):
    time.sleep(0.1 * x)
    return x * 10
if __name__ == "__main__":
    got = []
    with mp.Pool(2) as pool:
        rs = [pool.apply_async(slow, (x,), callback=got.append) for x in (2, 1)]
        print([r.get() for r in rs])
        print(pool.apply(slow, (1,)))
    print(sorted(got))
