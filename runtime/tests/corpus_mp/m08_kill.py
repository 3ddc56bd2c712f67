import multiprocessing as mp, time
def forever():
    while True:
        time.sleep(0.1)
if __name__ == "__main__":
    p = mp.Process(target=forever); p.start()
    time.sleep(0.2)
    p.kill(); p.join()
    print("exitcode", p.exitcode)
