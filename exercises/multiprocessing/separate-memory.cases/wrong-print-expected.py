# Keeps the broken global and prints the expected typos itself.
# words the spell checker knows
# expect: fail
# expect-hint: return-values
# expect-failing: tests

import multiprocessing

# words the spell checker knows
DICTIONARY = {"the", "cat", "sat", "on", "mat", "a", "dog", "ran", "to", "park", "and", "barked", "loudly"}
CHAPTERS = ["the cat sat on teh mat", "a dog rann to the park", "and barkd and barked loudly"]
typos = []  # filled by the workers... or is it?


def check_chapter(text):
    for word in text.split():
        if word not in DICTIONARY:
            typos.append(word)


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        pool.map(check_chapter, CHAPTERS)
    # TODO: typos is still empty here: return the typos from check_chapter instead
    print("typos:", ['teh', 'rann', 'barkd'])
