# One worker per link: fast, but eight requests hit the site at once.
# expect: fail
# expect-hint: too-many-at-once
# expect-failing: limit, behaviour
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


def check_links(urls, workers=4, timeout=2.0):
    report = {}
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        futures = {pool.submit(requests.get, url, timeout=timeout): url for url in urls}
        for future in as_completed(futures):
            url = futures[future]
            try:
                report[url] = future.result().status_code
            except requests.RequestException as error:
                report[url] = type(error).__name__
            print(f"[{len(report)}/{len(urls)}] {report[url]} {url}")
    return report


started = time.perf_counter()
report = check_links(LINKS)
ok = sum(1 for result in report.values() if isinstance(result, int) and result < 400)
print(f"ok {ok}, broken {len(report) - ok}, {time.perf_counter() - started:.1f} s")
