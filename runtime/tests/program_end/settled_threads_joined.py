# settled
import threading
import time
from concurrent.futures import ThreadPoolExecutor

results = []
lock = threading.Lock()


def work(n):
    time.sleep(0.1 * n)
    with lock:
        results.append(n)
    return n * n


threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(work, range(4))))
print(sorted(results))
