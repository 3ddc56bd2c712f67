# Another correct solution: everything directly under the guard, no main().
# expect: pass
import multiprocessing
import time


def write_report(region):
    time.sleep(0.5)  # writing one region's report
    print(f"report for {region} written")


if __name__ == "__main__":
    print("loading settings")
    time.sleep(1.0)
    workers = [multiprocessing.Process(target=write_report, args=(region,)) for region in ("north", "south")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("reports done")
