# The standard library's data structures in loops: bisect into a sorted list, a heap of
# tasks, a deque as a queue (a breadth-first walk), and sorted() with a key function.
import bisect
import heapq
import time
from collections import deque


def ranks(values, cuts):
    return [bisect.bisect_left(cuts, v) for v in values]


def heap_sort(items):
    heap = []
    for x in items:
        heapq.heappush(heap, x)
    return [heapq.heappop(heap) for _ in range(len(heap))]


def bfs(n):
    seen = {0}
    queue = deque([0])
    while queue:
        node = queue.popleft()
        for nxt in (node * 2 + 1, node * 2 + 2):
            if nxt < n and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return len(seen)


start = time.process_time()
cuts = list(range(0, 1_000_000, 37))
values = [(i * 7_919) % 1_000_000 for i in range(60_000)]
print(sum(ranks(values, cuts)))
print(heap_sort(values[:40_000])[:3])
print(bfs(150_000))
people = [(f"n{i % 1_000}", (i * 31) % 97) for i in range(80_000)]
print(sorted(people, key=lambda p: p[1])[0], sorted(people, key=lambda p: (p[1], p[0]))[-1])
print(f"cpu {time.process_time() - start:.6f}")
