from concurrent.futures import ThreadPoolExecutor
import time
def slow_square(x):
    time.sleep(0.1)
    return x * x
start = time.monotonic()
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_square, range(8))))
print(round(time.monotonic() - start, 1))
