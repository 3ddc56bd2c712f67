# Keeps the serial loop (the starter): the corrupt file crashes the program.
# expect: fail
# expect-hint: catch-at-result, use-pool
# expect-failing: report, processes, tests
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
    # TODO: verify the files in parallel in a ProcessPoolExecutor; one failure must not stop the rest
    return {name: f"ok {verify(name, blocks)}" for name, blocks in files.items()}


if __name__ == "__main__":
    started = time.perf_counter()
    report = verify_all(FILES)
    for name in FILES:
        print(name, report[name])
    print(f"verified {len(report)} files")
