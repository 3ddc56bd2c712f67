# Silences the error by switching to threads: no child process imports the file any more, but nothing runs in a process.
# A child process imports this file as "__mp_main__": main() runs only in the parent.
# expect: fail
# expect-hint: keep-processes
# expect-failing: processes

import threading
import time


def write_report(region):
    time.sleep(0.5)  # writing one region's report
    print(f"report for {region} written")


def main():
    print("loading settings")  # reading the settings is slow: it must happen once
    time.sleep(1.0)
    workers = [threading.Thread(target=write_report, args=(region,)) for region in ("north", "south")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("reports done")


# A child process imports this file as "__mp_main__": main() runs only in the parent.
if __name__ == "__main__":
    main()
