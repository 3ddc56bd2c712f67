# Rounds the chunk size down: the last words are dropped when the length does not divide evenly.
# expect: fail
# expect-hint: split-all
# expect-failing: tests
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
    size = len(words) // workers
    chunks = [words[i * size : (i + 1) * size] for i in range(workers)]
    with multiprocessing.Pool(workers) as pool:
        partial_counts = pool.map(count_words, chunks)  # each worker returns its own dict
    counts = {}
    for part in partial_counts:  # merged in the parent: the workers share no memory
        for word, n in part.items():
            counts[word] = counts.get(word, 0) + n
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3]


if __name__ == "__main__":
    started = time.perf_counter()
    print(top_words(WORDS, workers=4))
    print(f"took {time.perf_counter() - started:.3f} s")
