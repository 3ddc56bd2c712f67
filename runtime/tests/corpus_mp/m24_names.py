import multiprocessing as mp
def show():
    print(mp.current_process().name, mp.parent_process().name)
if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=show, name="Worker-A"); p.start(); p.join()
    q = mp.Process(target=show); q.start(); q.join()
