# Waits a guessed 2 s for the crawl instead of todo.join(), then stops the workers.
# expect: fail
# expect-hint: sleep-not-join
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
    """Returns {path: title} for every page reachable from `start`, with at most `limit` requests in flight."""
    titles = {}
    seen = {start}
    lock = threading.Lock()  # guards titles and seen
    todo = queue.Queue()
    todo.put(start)

    def worker():
        while (path := todo.get()) is not None:
            try:
                page = fetch(path)
                with lock:  # check and mark in one step, or two workers may queue the same link
                    titles[path] = page["title"]
                    new = [link for link in page["links"] if link not in seen]
                    seen.update(new)
                for link in new:
                    todo.put(link)
            finally:
                todo.task_done()

    # `limit` workers: at most `limit` requests can be in flight
    workers = [threading.Thread(target=worker) for _ in range(limit)]
    for worker_thread in workers:
        worker_thread.start()
    time.sleep(2)  # long enough for the crawl to finish
    for _ in workers:
        todo.put(None)  # one sentinel per worker
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
