# Adds `global typos` in the worker, as if the problem were Python scoping.
# expect: fail
# expect-hint: return-values
# expect-failing: typos, tests
import multiprocessing

# words the spell checker knows
DICTIONARY = {"the", "cat", "sat", "on", "mat", "a", "dog", "ran", "to", "park", "and", "barked", "loudly"}
CHAPTERS = ["the cat sat on teh mat", "a dog rann to the park", "and barkd and barked loudly"]
typos = []


def check_chapter(text):
    global typos
    for word in text.split():
        if word not in DICTIONARY:
            typos = typos + [word]


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        pool.map(check_chapter, CHAPTERS)
    print("typos:", typos)
