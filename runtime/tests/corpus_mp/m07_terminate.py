import multiprocessing as mp, time
def forever():
    while True:
        time.sleep(0.1)
if __name__ == "__main__":
    p = mp.Process(target=forever); p.start()
    time.sleep(0.3)
    p.terminate(); p.join()
    print("alive", p.is_alive(), "exitcode", p.exitcode)
