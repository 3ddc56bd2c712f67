# fidelity: no-timing
# An iterable that raises part-way through Pool.imap / imap_unordered: the results before it
# arrive, then next() raises the iterable's error where its chunk would have been
from multiprocessing import Pool


class Broken(Exception):
    pass


def numbers(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise Broken(f"no number {i}")
        yield i


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        for chunksize in (1, 2, 4):
            got = []
            it = pool.imap(square, numbers(20, 7), chunksize)
            try:
                for value in it:
                    got.append(value)
            except Broken as e:
                print(f"chunksize {chunksize}: {got} then {e}")
        try:
            print(sorted(pool.imap_unordered(square, numbers(5, 9))))
            list(pool.imap_unordered(square, numbers(1, 0)))
        except Broken as e:
            print("unordered:", e)
