import multiprocessing as mp, time
def nap(s):
    time.sleep(s)
if __name__ == "__main__":
    p = mp.Process(target=nap, args=(0.2,), name="napper")
    print(p.name, p.is_alive(), p.exitcode)
    p.start()
    print(p.is_alive(), p.exitcode)
    p.join()
    print(p.is_alive(), p.exitcode)
