# Processes share a multiprocessing.Value, but `v.value += 1` without its lock loses updates.
# correct: total = 1200
import multiprocessing


def add(total, times):
    for _ in range(times):
        total.value += 1


if __name__ == "__main__":
    total = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=add, args=(total, 400)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"total = {total.value}")
