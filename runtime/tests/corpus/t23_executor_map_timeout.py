from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time
def nap(s):
    time.sleep(s)
    return s
ex = ThreadPoolExecutor(2)
try:
    for r in ex.map(nap, [0.1, 0.5], timeout=0.2):
        print("result", r)
except TimeoutError:
    print("map timed out")
ex.shutdown(wait=True)
print("shut down")
try:
    ex.submit(nap, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
