# Float arithmetic in a while loop: a series for pi, with a branch per term.
import time


def series(terms):
    acc = 0.0
    k = 0
    sign = 1.0
    while k < terms:
        acc += sign / (2 * k + 1)
        sign = -sign
        k += 1
    return 4 * acc


def collatz_steps(limit):
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
    return longest


start = time.process_time()
print(round(series(400_000), 6))
print(collatz_steps(6_000))
print(f"cpu {time.process_time() - start:.6f}")
