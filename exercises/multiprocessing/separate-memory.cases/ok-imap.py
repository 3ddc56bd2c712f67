# Another correct solution: imap keeps the order, results extended in the parent.
# expect: pass
import multiprocessing

# words the spell checker knows
DICTIONARY = {"the", "cat", "sat", "on", "mat", "a", "dog", "ran", "to", "park", "and", "barked", "loudly"}
CHAPTERS = ["the cat sat on teh mat", "a dog rann to the park", "and barkd and barked loudly"]


def check_chapter(text):
    return [word for word in text.split() if word not in DICTIONARY]


if __name__ == "__main__":
    typos = []
    with multiprocessing.Pool() as pool:
        for found in pool.imap(check_chapter, CHAPTERS):
            typos.extend(found)
    print("typos:", typos)
