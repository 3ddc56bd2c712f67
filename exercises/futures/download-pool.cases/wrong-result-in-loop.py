# Uses a pool but waits for each future before submitting the next: still one at a time.
# expect: fail
# expect-hint: sequential
# expect-failing: elapsed, in-flight, other-urls
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


def fetch_all(urls):
    results = []
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        for url in urls:
            results.append(pool.submit(download, url).result())
    return results


started = time.perf_counter()
for url, (status, size) in zip(URLS, fetch_all(URLS)):
    print(f"{status} {size:>4} bytes  {url}")
print(f"took {time.perf_counter() - started:.2f} s")
