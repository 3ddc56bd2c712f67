# Another correct solution: submit everything, then read the futures in file order, checking exception().
# expect: pass
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
    with ProcessPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(verify, name, blocks) for name, blocks in files.items()}
        report = {}
        for name, future in futures.items():
            error = future.exception()
            report[name] = f"error: {error}" if error else f"ok {future.result()}"
        return report


if __name__ == "__main__":
    started = time.perf_counter()
    report = verify_all(FILES)
    for name in FILES:
        print(name, report[name])
    print(f"verified {len(report)} files")
