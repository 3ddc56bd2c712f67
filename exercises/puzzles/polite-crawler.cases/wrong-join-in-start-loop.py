# Starts each worker and joins it at once: one page at a time, like the sequential crawler.
# expect: fail
# expect-hint: sequential
# expect-failing: in-flight, elapsed, tests
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
    lock = threading.Lock()
    todo = [start]

    def visit(path):
        page = fetch(path)
        with lock:
            titles[path] = page["title"]
            for link in page["links"]:
                if link not in seen:
                    seen.add(link)
                    todo.append(link)

    while todo:
        batch, todo[:] = todo[:limit], todo[limit:]
        for path in batch:
            thread = threading.Thread(target=visit, args=(path,))
            thread.start()
            thread.join()
    return titles


def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
