# Stops a worker when get_nowait() finds the queue empty: the workers quit before the photos arrive.
# expect: fail
# expect-hint: empty-is-not-done
# expect-failing: all-resized, elapsed, tests
import queue
import threading
import time


def producer(photos, count, workers):
    for n in range(1, count + 1):
        time.sleep(0.2)  # downloading the next photo
        photos.put(f"photo-{n}")
    for _ in range(workers):
        photos.put(None)  # one sentinel per worker: each worker takes exactly one and stops



def worker(name, photos, done):
    while True:
        try:
            photo = photos.get_nowait()
        except queue.Empty:
            break
        if photo is None:
            break
        time.sleep(0.5)
        done.append(photo)
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
