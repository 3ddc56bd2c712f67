# Keeps the built-in map and only wraps it in a pool it never uses.
# expect: fail
# expect-hint: sequential
# expect-failing: elapsed, three-at-once, output
import time
from concurrent.futures import ThreadPoolExecutor

PHOTOS = [("cat.jpg", 3), ("dog.jpg", 1), ("owl.jpg", 2)]


def resize(photo):
    name, seconds = photo
    time.sleep(seconds)
    print(f"resized {name}")
    return name.replace(".jpg", "-small.jpg")


started = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    smalls = list(map(resize, PHOTOS))
for (name, _), small in zip(PHOTOS, smalls):
    print(f"{name} -> {small}")
print(f"took {time.perf_counter() - started:.1f} s")
