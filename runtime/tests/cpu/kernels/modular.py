# Integer arithmetic with % and //: modular exponentiation by squaring, digit sums, a
# FizzBuzz-like count and Euclid's gcd, in functions.
import time


def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp //= 2
    return result


def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def fizz(n):
    count = 0
    for i in range(1, n):
        if i % 3 == 0 or i % 5 == 0:
            count += i % 7
    return count


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


start = time.process_time()
print(sum(power_mod(i, 1_000_003, 1_000_000_007) for i in range(2, 4_000)))
print(sum(digit_sum(i) for i in range(150_000)))
print(fizz(400_000))
print(sum(gcd(i, 7_919 * 3) for i in range(1, 100_000)))
print(f"cpu {time.process_time() - start:.6f}")
