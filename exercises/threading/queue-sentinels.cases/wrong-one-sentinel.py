# Puts a single sentinel for two workers: the second worker waits forever.
# expect: fail
# expect-hint: one-per-worker
# expect-failing: all-resized, tests, exit
import queue
import threading
import time


def producer(photos, count, workers):
    for n in range(1, count + 1):
        time.sleep(0.2)
        photos.put(f"photo-{n}")
    photos.put(None)



def worker(name, photos, done):
    while True:
        photo = photos.get()  # blocks until something arrives
        if photo is None:
            break
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
