# Keeps counting in one process (the starter).
# expect: fail
# expect-hint: use-pool
# expect-failing: processes
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


def top_words(words, workers):
    """The 3 most frequent words as (word, count), most frequent first (ties: alphabetical)."""
    # TODO: split words into `workers` chunks, count each chunk in its own process, merge the counts
    counts = count_words(words)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3]


if __name__ == "__main__":
    started = time.perf_counter()
    print(top_words(WORDS, workers=4))
    print(f"took {time.perf_counter() - started:.3f} s")
