import multiprocessing as mp, time
def slow(x):
    time.sleep(0.05 * (4 - x))
    return x
if __name__ == "__main__":
    with mp.Pool(4) as pool:
        print(list(pool.imap(slow, range(4))))
        print(sorted(pool.imap_unordered(slow, range(4))))
