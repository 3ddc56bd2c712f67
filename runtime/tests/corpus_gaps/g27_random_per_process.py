# fidelity: no-timing
# Each process has its own random: a child's draws do not move its parent's sequence, and two
# children (seeded afresh, from os.urandom in CPython) do not draw the same numbers.
import multiprocessing as mp
import random


def draw(q, label):
    q.put((label, [random.randint(1, 10**9) for _ in range(3)]))


if __name__ == "__main__":
    random.seed(7)
    expected = random.Random(7)
    first = random.random()
    q = mp.Queue()
    children = [mp.Process(target=draw, args=(q, k)) for k in ("a", "b")]
    for p in children:
        p.start()
    got = dict(q.get() for _ in children)
    for p in children:
        p.join()
    second = random.random()
    print("the parent's sequence is its own:", [first, second] == [expected.random(), expected.random()])
    print("the children drew different numbers:", got["a"] != got["b"])
