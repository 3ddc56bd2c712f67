# Returns once the queue is empty: workers are still fetching pages, and their links are never crawled.
# expect: fail
# expect-hint: done-too-early
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
    todo = queue.Queue()
    todo.put(start)

    def worker():
        while True:
            path = todo.get()
            page = fetch(path)
            with lock:
                titles[path] = page["title"]
                new = [link for link in page["links"] if link not in seen]
                seen.update(new)
            for link in new:
                todo.put(link)

    for _ in range(limit):
        threading.Thread(target=worker, daemon=True).start()
    time.sleep(0.01)  # let a worker pick up the start page
    while not todo.empty():  # nothing left in the queue: done?
        time.sleep(0.01)
    return titles

def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
