# Collects results as they finish and zips them with PHOTOS: the pairs no longer match.
# expect: fail
# expect-hint: completion-order
# expect-failing: output
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

PHOTOS = [("cat.jpg", 3), ("dog.jpg", 1), ("owl.jpg", 2)]


def resize(photo):
    name, seconds = photo
    time.sleep(seconds)
    print(f"resized {name}")
    return name.replace(".jpg", "-small.jpg")


started = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(resize, photo) for photo in PHOTOS]
    smalls = [future.result() for future in as_completed(futures)]
for (name, _), small in zip(PHOTOS, smalls):
    print(f"{name} -> {small}")
print(f"took {time.perf_counter() - started:.1f} s")
