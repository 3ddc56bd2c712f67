# Another correct solution: array_split-style chunks by stride, merged with collections.Counter.
# expect: pass
import multiprocessing
import time

# a long text: 160,000 words
WORDS = ("to be or not to be that is the question " * 10000 + "all the world is a stage " * 10000).split()


def count_words(words):
    # pure Python counting: CPU-bound
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


import collections


def top_words(words, workers):
    chunks = [words[i::workers] for i in range(workers)]
    with multiprocessing.Pool(workers) as pool:
        total = collections.Counter()
        for part in pool.imap(count_words, chunks):
            total.update(part)
    return sorted(total.items(), key=lambda item: (-item[1], item[0]))[:3]


if __name__ == "__main__":
    started = time.perf_counter()
    print(top_words(WORDS, workers=4))
    print(f"took {time.perf_counter() - started:.3f} s")
