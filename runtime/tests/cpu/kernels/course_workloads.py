# The course's own CPU-bound workloads, written as its exercises burn CPU: a modular running
# total (io-or-cpu, gil-cpu-bound), a checksum over a range (pool-map, process-pool-executor), a
# page render (cpu-off-the-loop), counting words (multiprocessing-challenge) and a spell check
# against a set (separate-memory).
import time


def crunch(job):
    total = 0
    for i in range(120_000):
        total = (total + i * job) % 999_983
    return total


def crunch_gil(n):
    total = 0
    for i in range(100_000):
        total += (i * n) % 7
    return total


def checksum(block):
    total = 0
    for i in range(block * 150_000, (block + 1) * 150_000):
        total = (total + i * i) % 1_000_003
    return total


def render(pages):
    checksum = 0
    for i in range(pages * 30_000):
        checksum = (checksum * 31 + i) % 1_000_003
    return checksum


def count_words(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


DICTIONARY = {f"w{i}" for i in range(0, 2_000, 3)}


def check_chapter(text):
    return [word for word in text.split() if word not in DICTIONARY]


start = time.process_time()
words = [f"w{(i * 7) % 2_000}" for i in range(60_000)]
print([crunch(j) for j in (1, 2)], crunch_gil(3), checksum(1), render(4))
print(len(count_words(words)), len(check_chapter(" ".join(words))))
print(f"cpu {time.process_time() - start:.6f}")
