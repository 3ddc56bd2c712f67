# Waits with time.sleep instead of join(): right only if every worker happens to finish first.
# correct: results: [0, 1, 2]
import threading
import time

results = []


def worker(n):
    time.sleep(0.5)
    results.append(n)


for n in range(3):
    threading.Thread(target=worker, args=(n,), daemon=True).start()
time.sleep(0.5)
print(f"results: {sorted(results)}")
