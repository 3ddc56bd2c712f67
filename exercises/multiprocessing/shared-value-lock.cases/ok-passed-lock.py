# Another correct solution: one multiprocessing.Lock created in the parent and passed to every booth.
# expect: pass
import multiprocessing
import time


def sell(seats, sold, booth, customers, lock):
    for _ in range(customers):
        with lock:
            if seats.value <= 0:
                return
            time.sleep(0.01)
            seats.value -= 1
            sold[booth] += 1


if __name__ == "__main__":
    seats = multiprocessing.Value("i", 10)  # seats left, in shared memory
    sold = multiprocessing.Array("i", 4)  # tickets sold by each of the 4 booths
    lock = multiprocessing.Lock()
    booths = [multiprocessing.Process(target=sell, args=(seats, sold, booth, 5, lock)) for booth in range(4)]
    for process in booths:
        process.start()
    for process in booths:
        process.join()
    print(f"seats left: {seats.value}, tickets sold: {sum(sold)}")
