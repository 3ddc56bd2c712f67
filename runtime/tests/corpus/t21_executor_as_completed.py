from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import time
def nap(s):
    time.sleep(s)
    return s
with ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(nap, s) for s in (0.3, 0.1, 0.2)]
    print([f.result() for f in as_completed(futs)])
    futs = [ex.submit(nap, s) for s in (0.3, 0.1, 0.2)]
    done, pending = wait(futs, return_when=FIRST_COMPLETED)
    print(len(done), len(pending), [f.result() for f in done])
