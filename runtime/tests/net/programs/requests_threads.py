# runtime-only: threads need the Interleave runtime's green threads.
# Blocking requests in a thread pool overlap: three 1-second requests take one second.
# elapsed: 1.05
import time
from concurrent.futures import ThreadPoolExecutor

import requests

URLS = [f"https://httpbin.org/delay/1?n={n}" for n in range(3)]

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    codes = list(pool.map(lambda url: requests.get(url).status_code, URLS))
print(codes, f"{time.perf_counter() - start:.2f}")
