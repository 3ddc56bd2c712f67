import multiprocessing as mp
print("module body runs in", mp.current_process().name)
def work():
    print("work in", mp.current_process().name)
if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=work); p.start(); p.join()
