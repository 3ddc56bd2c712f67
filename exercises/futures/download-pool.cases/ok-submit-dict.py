# Another correct solution: submit into a dict, collect with as_completed, return in URL order.
# expect: pass
import time
from concurrent.futures import ThreadPoolExecutor

import requests

URLS = [
    "https://httpbin.org/delay/1",
    "https://httpbin.org/delay/2",
    "https://httpbin.org/status/404",
    "https://httpbin.org/delay/3",
    "https://httpbin.org/json",
]


def download(url):
    response = requests.get(url, timeout=10)
    return response.status_code, len(response.content)


from concurrent.futures import as_completed


def fetch_all(urls):
    results = {}
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {pool.submit(download, url): url for url in urls}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
    return [results[url] for url in urls]


started = time.perf_counter()
for url, (status, size) in zip(URLS, fetch_all(URLS)):
    print(f"{status} {size:>4} bytes  {url}")
print(f"took {time.perf_counter() - started:.2f} s")
