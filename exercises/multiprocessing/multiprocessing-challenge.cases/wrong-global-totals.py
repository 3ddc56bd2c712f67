# Workers add to a global dict: the parent's copy stays empty.
# expect: fail
# expect-hint: merge-in-parent
# expect-failing: top, tests
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


TOTALS = {}


def count_into_totals(words):
    for word in words:
        TOTALS[word] = TOTALS.get(word, 0) + 1


def top_words(words, workers):
    size = -(-len(words) // workers)
    chunks = [words[i : i + size] for i in range(0, len(words), size)]
    with multiprocessing.Pool(workers) as pool:
        pool.map(count_into_totals, chunks)
    return sorted(TOTALS.items(), key=lambda item: (-item[1], item[0]))[:3]


if __name__ == "__main__":
    started = time.perf_counter()
    print(top_words(WORDS, workers=4))
    print(f"took {time.perf_counter() - started:.3f} s")
