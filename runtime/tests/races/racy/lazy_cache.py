# A lazy cache: two threads miss the same key and both compute it.
# correct: computed: ['a', 'b']
import threading

cache = {}
computed = []


def expensive(key):
    computed.append(key)
    return key.upper()


def lookup(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


threads = [threading.Thread(target=lookup, args=(key,)) for key in "abab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"computed: {sorted(computed)}")
