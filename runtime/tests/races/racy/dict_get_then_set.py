# counts[w] = counts.get(w, 0) + 1: the get and the set are two steps.
# correct: {'cat': 300, 'dog': 300}
import threading

counts = {}


def tally(words):
    for word in words:
        counts[word] = counts.get(word, 0) + 1


threads = [threading.Thread(target=tally, args=(["cat", "dog"] * 100,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(dict(sorted(counts.items())))
