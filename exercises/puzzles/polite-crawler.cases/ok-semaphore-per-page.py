# Also correct: a thread per page, a Semaphore(limit) around fetch, and a count of pages in progress.
# expect: pass
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
    slots = threading.Semaphore(limit)
    changed = threading.Condition()
    pending = [1]  # pages found but not finished

    def visit(path):
        with slots:
            page = fetch(path)
        with changed:
            titles[path] = page["title"]
            new = [link for link in page["links"] if link not in seen]
            seen.update(new)
            pending[0] += len(new) - 1
            changed.notify_all()
        for link in new:
            threading.Thread(target=visit, args=(link,)).start()

    threading.Thread(target=visit, args=(start,)).start()
    with changed:
        changed.wait_for(lambda: pending[0] == 0)
    return titles


def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
