# Collects results as they complete: concurrent, but the results no longer match the URLs.
# expect: fail
# expect-hint: order
# expect-failing: output, other-urls
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
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        futures = [pool.submit(download, url) for url in urls]
        return [future.result() for future in as_completed(futures)]


started = time.perf_counter()
for url, (status, size) in zip(URLS, fetch_all(URLS)):
    print(f"{status} {size:>4} bytes  {url}")
print(f"took {time.perf_counter() - started:.2f} s")
