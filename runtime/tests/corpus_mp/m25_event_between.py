import multiprocessing as mp, time
def waiter(ev, n):
    ev.wait()
    print("released", n)
if __name__ == "__main__":
    ev = mp.Event()
    p = mp.Process(target=waiter, args=(ev, 1)); p.start()
    time.sleep(0.2)
    print("setting")
    ev.set(); p.join()
