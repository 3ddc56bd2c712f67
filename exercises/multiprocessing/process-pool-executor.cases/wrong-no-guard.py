# Runs the program at the top level, without the __main__ guard: every worker process imports the file and runs it again.
# file name -> size in blocks
# expect: fail
# expect-hint: main-guard
# expect-failing: report, tests

import time
from concurrent.futures import ProcessPoolExecutor, as_completed

# file name -> size in blocks
FILES = {"logs.tar": 3, "photos.tar": 5, "broken.tar": 2, "music.tar": 4}


def verify(name, blocks):
    # CPU-bound: recompute the checksum of every block
    total = 0
    for i in range(blocks * 150_000):
        total = (total + i) % 65_521
    if name.startswith("broken"):
        raise ValueError(f"{name}: checksum mismatch")
    return total


def verify_all(files):
    """Returns {name: "ok <checksum>" or "error: <message>"} for every file."""
    report = {}
    with ProcessPoolExecutor() as pool:
        futures = {pool.submit(verify, name, blocks): name for name, blocks in files.items()}
        for future in as_completed(futures):
            name = futures[future]
            try:
                report[name] = f"ok {future.result()}"  # re-raises the worker's exception here
            except ValueError as error:
                report[name] = f"error: {error}"
    return report


started = time.perf_counter()
report = verify_all(FILES)
for name in FILES:
    print(name, report[name])
print(f"verified {len(report)} files")
