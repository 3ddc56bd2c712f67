# Counting words into a dict: splitting a text, then the three ways learners count (a membership
# test, dict.get, setdefault), and the most frequent word.
import time

WORDS = "the quick brown fox jumps over the lazy dog and the cat naps in the warm sun".split()
TEXT = " ".join(WORDS[(i * 7) % len(WORDS)] + str(i % 50) for i in range(150_000))

start = time.process_time()
words = TEXT.split()

counts = {}
for word in words:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1


def count_get(items):
    tally = {}
    for item in items:
        tally[item] = tally.get(item, 0) + 1
    return tally


def group_by_first(items):
    groups = {}
    for item in items:
        groups.setdefault(item[0], []).append(item)
    return groups


tally = count_get(words)
groups = group_by_first(words)
best = max(counts, key=counts.get)
print(len(counts), tally == counts, len(groups), best, counts[best])
print(f"cpu {time.process_time() - start:.6f}")
