# Guards the process code but leaves the settings at the top level: every child loads them again.
# expect: fail
# expect-hint: top-level-runs-again
# expect-failing: output, elapsed
import multiprocessing
import time

print("loading settings")  # reading the settings is slow: it must happen once
time.sleep(1.0)


def write_report(region):
    time.sleep(0.5)  # writing one region's report
    print(f"report for {region} written")


if __name__ == "__main__":
    workers = [multiprocessing.Process(target=write_report, args=(region,)) for region in ("north", "south")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("reports done")
