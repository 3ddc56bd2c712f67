# list.append is atomic in CPython: no item is lost.
# correct: 900 items
import threading

results = []


def work(base):
    for n in range(300):
        results.append(base + n)


threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{len(set(results))} items")
