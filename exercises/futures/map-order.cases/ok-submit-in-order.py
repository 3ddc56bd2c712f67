# Another correct solution: submit each photo and read the futures in the order submitted.
# expect: pass
import time
import concurrent.futures

PHOTOS = [("cat.jpg", 3), ("dog.jpg", 1), ("owl.jpg", 2)]


def resize(photo):
    name, seconds = photo
    time.sleep(seconds)
    print(f"resized {name}")
    return name.replace(".jpg", "-small.jpg")


started = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor() as pool:
    futures = {photo[0]: pool.submit(resize, photo) for photo in PHOTOS}
    for name, future in futures.items():
        print(f"{name} -> {future.result()}")
print(f"took {time.perf_counter() - started:.1f} s")
