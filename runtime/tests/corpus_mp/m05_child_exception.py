import multiprocessing as mp
def boom():
    raise ValueError("child failed")
if __name__ == "__main__":
    p = mp.Process(target=boom); p.start(); p.join()
    print("exitcode", p.exitcode)
