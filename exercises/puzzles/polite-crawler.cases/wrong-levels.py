# Level by level: all links of one level with `limit` threads, then the next: a slow page holds up each level.
# expect: fail
# expect-hint: keep-busy
# expect-failing: elapsed
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


def crawl(start, limit):
    titles = {}
    seen = {start}
    level = [start]
    slots = threading.Semaphore(limit)
    lock = threading.Lock()
    while level:
        found = []

        def visit(path):
            with slots:
                page = fetch(path)
            with lock:
                titles[path] = page["title"]
                found.extend(page["links"])

        threads = [threading.Thread(target=visit, args=(path,)) for path in level]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        level = [link for link in dict.fromkeys(found) if link not in seen]
        seen.update(level)
    return titles


def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
