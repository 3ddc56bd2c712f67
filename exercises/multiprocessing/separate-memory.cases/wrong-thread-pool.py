# Switches to a thread pool, where the global is shared: no processes. The output is right (as in
# CPython, the short chapters are checked in order), but check_chapter returns nothing.
# expect: fail
# expect-hint: keep-processes
# expect-failing: processes, tests
import multiprocessing

# words the spell checker knows
DICTIONARY = {"the", "cat", "sat", "on", "mat", "a", "dog", "ran", "to", "park", "and", "barked", "loudly"}
CHAPTERS = ["the cat sat on teh mat", "a dog rann to the park", "and barkd and barked loudly"]
from multiprocessing.pool import ThreadPool

typos = []


def check_chapter(text):
    for word in text.split():
        if word not in DICTIONARY:
            typos.append(word)


if __name__ == "__main__":
    with ThreadPool(3) as pool:
        pool.map(check_chapter, CHAPTERS)
    print("typos:", typos)
