# No lock: the booths start 0.2 s apart so that they never sell at the same time.
# expect: fail
# expect-hint: take-turns-by-clock
# expect-failing: side-by-side

import multiprocessing
import time


def sell(seats, sold, booth, customers):
    time.sleep(0.2 * booth)  # wait until the booth before has finished
    for _ in range(customers):
        if seats.value > 0:
            time.sleep(0.01)  # taking the customer's payment
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
