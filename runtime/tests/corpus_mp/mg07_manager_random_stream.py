# fidelity: no-timing
# (CPython recorded at a machine load of 30: see mg01.)
# A manager's connections authenticate with random challenges; the program's own seeded random
# stream must not move because of them.
import multiprocessing as mp
import random


def roll(shared, face):
    shared.append(face)


if __name__ == "__main__":
    random.seed(1)
    with mp.Manager() as m:
        d, rolls = m.dict(), m.list()
        d["x"] = random.random()
        p = mp.Process(target=roll, args=(rolls, 3))
        p.start()
        p.join()
        print(round(d["x"], 6), round(random.random(), 6), list(rolls))
