# Workers stop when get() times out instead of at a sentinel, so they idle a second at the end.
# expect: fail
# expect-hint: timeout-not-sentinel
# expect-failing: elapsed

import queue
import threading
import time


def producer(photos, count, workers):
    for n in range(1, count + 1):
        time.sleep(0.2)  # downloading the next photo
        photos.put(f"photo-{n}")



def worker(name, photos, done):
    while True:
        try:
            photo = photos.get(timeout=1.0)
        except queue.Empty:
            break
        if photo is None:
            continue
        time.sleep(0.5)  # resizing it
        done.append(photo)  # list.append is atomic: no lock needed
        print(f"{name} resized {photo}")



def main():
    started = time.perf_counter()
    photos = queue.Queue()
    done = []
    threads = [threading.Thread(target=producer, args=(photos, 6, 2))]
    threads += [threading.Thread(target=worker, args=(f"w{i}", photos, done)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"resized {len(done)} photos in {time.perf_counter() - started:.1f} s")


main()
