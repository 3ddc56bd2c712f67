# Two workers: still 3 s here by luck (dog finishes in time for owl), but the photos queue up.
# expect: fail
# expect-hint: too-few-workers
# expect-failing: three-at-once, output
import time
from concurrent.futures import ThreadPoolExecutor

PHOTOS = [("cat.jpg", 3), ("dog.jpg", 1), ("owl.jpg", 2)]


def resize(photo):
    name, seconds = photo
    time.sleep(seconds)
    print(f"resized {name}")
    return name.replace(".jpg", "-small.jpg")


started = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    for (name, _), small in zip(PHOTOS, pool.map(resize, PHOTOS)):
        print(f"{name} -> {small}")
print(f"took {time.perf_counter() - started:.1f} s")
