# Locks only the decrement: the check still happens on a stale value.
# expect: fail
# expect-hint: use-the-lock
# expect-failing: never-oversold
import multiprocessing
import time


def sell(seats, sold, booth, customers):
    for _ in range(customers):
        if seats.value > 0:
            time.sleep(0.01)
            with seats.get_lock():
                seats.value -= 1
            sold[booth] += 1


if __name__ == "__main__":
    seats = multiprocessing.Value("i", 10)  # seats left, in shared memory
    sold = multiprocessing.Array("i", 4)  # tickets sold by each of the 4 booths
    booths = [multiprocessing.Process(target=sell, args=(seats, sold, booth, 5)) for booth in range(4)]
    for process in booths:
        process.start()
    for process in booths:
        process.join()
    print(f"seats left: {seats.value}, tickets sold: {sum(sold)}")
