# A thread for every page and no limit: up to 4 requests hit the server at once.
# expect: fail
# expect-hint: no-limit
# expect-failing: in-flight, tests
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
    threads = []

    def visit(path):
        page = fetch(path)
        with lock:
            titles[path] = page["title"]
            new = [link for link in page["links"] if link not in seen]
            seen.update(new)
            for link in new:
                thread = threading.Thread(target=visit, args=(link,))
                threads.append(thread)
                thread.start()

    first = threading.Thread(target=visit, args=(start,))
    threads.append(first)
    first.start()
    done = 0
    while True:
        with lock:
            if done == len(threads):
                break
            thread = threads[done]
        thread.join()
        done += 1
    return titles


def main():
    started = time.perf_counter()
    titles = crawl("/", limit=3)
    for path in sorted(titles):
        print(f"{path}: {titles[path]}")
    print(f"{len(titles)} pages, {len(requested)} requests, {time.perf_counter() - started:.1f} s")


main()
