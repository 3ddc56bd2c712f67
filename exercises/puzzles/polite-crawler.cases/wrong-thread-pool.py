# Lets ThreadPoolExecutor do the work: correct, but the puzzle is to build it from threads.
# expect: fail
# expect-hint: no-executor
# expect-failing: threads
import queue
import threading
import time

import requests

SITE = "http://wiki.example.org"
requested = []  # every path fetched, in order


def fetch(path):
    """Downloads one page of the wiki: {"title": ..., "links": [...]}."""
    requested.append(path)
    return requests.get(SITE + path, timeout=5).json()

from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def crawl(start, limit):
    titles = {}
    seen = {start}
    with ThreadPoolExecutor(max_workers=limit) as pool:
        running = {pool.submit(fetch, start): start}
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                path = running.pop(future)
                page = future.result()
                titles[path] = page["title"]
                for link in page["links"]:
                    if link not in seen:
                        seen.add(link)
                        running[pool.submit(fetch, link)] = link
    return titles


def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
