# Always starts 3 workers: right for this program, wrong for any other limit.
# expect: fail
# expect-hint: uses-limit
# expect-failing: tests
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
    """Returns {path: title} for every page reachable from `start`, with at most `limit` requests in flight."""
    titles = {}
    seen = {start}
    lock = threading.Lock()
    todo = queue.Queue()
    todo.put(start)

    def worker():
        while (path := todo.get()) is not None:
            try:
                page = fetch(path)
                with lock:
                    titles[path] = page["title"]
                    new = [link for link in page["links"] if link not in seen]
                    seen.update(new)
                for link in new:
                    todo.put(link)
            finally:
                todo.task_done()

    workers = [threading.Thread(target=worker) for _ in range(3)]
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
