# The same lists built with append in a loop, with a comprehension, and with a filter in each.
import time


def squares_append(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def evens_append(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            out.append(i)
    return out


start = time.process_time()
a = squares_append(300_000)
b = [i * i for i in range(300_000)]
c = evens_append(300_000)
d = [i for i in range(300_000) if i % 2 == 0]
pairs = [(i, str(i)) for i in range(50_000)]
print(a == b, c == d, len(pairs), a[-1])
print(f"cpu {time.process_time() - start:.6f}")
