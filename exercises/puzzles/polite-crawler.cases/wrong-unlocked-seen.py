# Workers check and mark `seen` without a lock: two workers may both queue the same link.
# expect: fail
# expect-hint: check-then-act
# expect-failing: each-once-fast
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
    todo = queue.Queue()
    todo.put(start)

    def worker():
        while (path := todo.get()) is not None:
            try:
                page = fetch(path)
                titles[path] = page["title"]
                for link in page["links"]:
                    if link not in seen:
                        seen.add(link)
                        todo.put(link)
            finally:
                todo.task_done()

    workers = [threading.Thread(target=worker) for _ in range(limit)]
    for worker_thread in workers:
        worker_thread.start()
    todo.join()
    for _ in workers:
        todo.put(None)
    for worker_thread in workers:
        worker_thread.join()
    return titles


def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
