import multiprocessing as mp, sys
def leave():
    sys.exit(3)
if __name__ == "__main__":
    p = mp.Process(target=leave); p.start(); p.join()
    print("exitcode", p.exitcode)
