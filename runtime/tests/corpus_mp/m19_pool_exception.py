import multiprocessing as mp
def check(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(check, range(5))
        except ValueError as e:
            print("caught:", e)
        r = pool.apply_async(check, (3,))
        r.wait()
        print("successful:", r.successful())
