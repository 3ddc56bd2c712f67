# Uses a ThreadPoolExecutor: correct report, but the GIL serialises the arithmetic.
# expect: fail
# expect-hint: threads-gil
# expect-failing: processes, elapsed
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

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
    with ThreadPoolExecutor() as pool:
        futures = {pool.submit(verify, name, blocks): name for name, blocks in files.items()}
        for future in as_completed(futures):
            try:
                report[futures[future]] = f"ok {future.result()}"
            except ValueError as error:
                report[futures[future]] = f"error: {error}"
    return report


if __name__ == "__main__":
    started = time.perf_counter()
    report = verify_all(FILES)
    for name in FILES:
        print(name, report[name])
    print(f"verified {len(report)} files")
