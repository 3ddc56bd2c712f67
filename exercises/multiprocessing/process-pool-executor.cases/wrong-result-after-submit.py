# Calls result() right after each submit: the files are verified one at a time.
# expect: fail
# expect-hint: submit-all-first
# expect-failing: elapsed
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
    report = {}
    with ProcessPoolExecutor() as pool:
        for name, blocks in files.items():
            future = pool.submit(verify, name, blocks)
            try:
                report[name] = f"ok {future.result()}"
            except ValueError as error:
                report[name] = f"error: {error}"
    return report


if __name__ == "__main__":
    started = time.perf_counter()
    report = verify_all(FILES)
    for name in FILES:
        print(name, report[name])
    print(f"verified {len(report)} files")
