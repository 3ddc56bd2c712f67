# Returns the typos but still prints the global list.
# expect: fail
# expect-hint: return-values
# expect-failing: typos
import multiprocessing

# words the spell checker knows
DICTIONARY = {"the", "cat", "sat", "on", "mat", "a", "dog", "ran", "to", "park", "and", "barked", "loudly"}
CHAPTERS = ["the cat sat on teh mat", "a dog rann to the park", "and barkd and barked loudly"]
typos = []


def check_chapter(text):
    found = [word for word in text.split() if word not in DICTIONARY]
    typos.extend(found)
    return found


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        pool.map(check_chapter, CHAPTERS)
    print("typos:", typos)
