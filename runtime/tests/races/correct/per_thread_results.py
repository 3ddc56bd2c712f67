# Each thread counts into its own slot; the main thread adds them up after join().
# correct: total = 1200
import threading

partial = [0, 0, 0]


def work(slot, times):
    local = 0
    for _ in range(times):
        local += 1
    partial[slot] = local


threads = [threading.Thread(target=work, args=(i, 400)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"total = {sum(partial)}")
