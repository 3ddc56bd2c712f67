# The whole transfer under one lock: an auditor never sees it half done.
# correct: audits saw: [100]
import threading

lock = threading.Lock()
accounts = {"a": 100, "b": 0}
seen = set()


def transfer(times):
    for _ in range(times):
        with lock:
            accounts["a"] -= 1
            accounts["b"] += 1


def audit(times):
    for _ in range(times):
        with lock:
            total = accounts["a"] + accounts["b"]
        seen.add(total)


threads = [threading.Thread(target=transfer, args=(50,)), threading.Thread(target=audit, args=(50,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"audits saw: {sorted(seen)}")
