# Processes share a multiprocessing.Value and hold its lock around each update.
# correct: total = 600
import multiprocessing


def add(total, times):
    for _ in range(times):
        with total.get_lock():
            total.value += 1


if __name__ == "__main__":
    total = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=add, args=(total, 200)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"total = {total.value}")
