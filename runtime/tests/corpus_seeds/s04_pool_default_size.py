# fidelity: no-timing
import multiprocessing
import time

def compute_square(n):
    time.sleep(0.1)  # Simulation of calculations
    return n * n

if __name__ == "__main__":
    numbers = [1, 2, 3, 4, 5]

    with multiprocessing.Pool() as pool:
        results = pool.map(compute_square, numbers)
        print(f"Results: {results}")
