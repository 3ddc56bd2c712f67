from concurrent.futures import ProcessPoolExecutor, as_completed
import time
def nap(s):
    time.sleep(s)
    return s
if __name__ == "__main__":
    with ProcessPoolExecutor(3) as ex:
        futs = [ex.submit(nap, s) for s in (0.3, 0.1, 0.2)]
        print([f.result() for f in as_completed(futs)])
