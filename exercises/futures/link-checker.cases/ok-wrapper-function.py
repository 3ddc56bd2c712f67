# Another correct solution: a wrapper that turns an exception into its name inside the worker.
# expect: pass
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import requests

LINKS = [
    "https://httpbin.org/delay/1",
    "https://httpbin.org/status/404",
    "https://docs.example.com/delay/1.5",
    "https://old-site.invalid/about",
    "https://httpbin.org/delay/5",
    "https://httpbin.org/json",
    "https://httpbin.org/status/500",
    "https://httpbin.org/delay/1?page=2",
]


def probe(url, timeout):
    try:
        return requests.get(url, timeout=timeout).status_code
    except (requests.ConnectionError, requests.Timeout) as error:
        return error.__class__.__name__


def check_links(urls, workers=4, timeout=2.0):
    report = {}
    with ThreadPoolExecutor(workers) as pool:
        futures = {pool.submit(probe, url, timeout): url for url in urls}
        for done, future in enumerate(as_completed(futures), start=1):
            report[futures[future]] = future.result()
            print(f"[{done}/{len(urls)}] {future.result()} {futures[future]}")
    return report


started = time.perf_counter()
report = check_links(LINKS)
ok = sum(1 for result in report.values() if isinstance(result, int) and result < 400)
print(f"ok {ok}, broken {len(report) - ok}, {time.perf_counter() - started:.1f} s")
