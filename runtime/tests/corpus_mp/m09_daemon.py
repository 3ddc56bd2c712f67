import multiprocessing as mp, time
def forever():
    while True:
        time.sleep(0.05)
def short():
    time.sleep(0.2)
    print("short done")
if __name__ == "__main__":
    d = mp.Process(target=forever, daemon=True); d.start()
    s = mp.Process(target=short); s.start()
    print("main done", d.daemon)
