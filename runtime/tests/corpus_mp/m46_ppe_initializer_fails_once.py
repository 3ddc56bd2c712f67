# A failing initializer with one submit: one worker starts, logs "Exception in initializer" once
# (stderr) and the pool breaks; the second submit is refused.
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def setup():
    print("setting up", flush=True)
    raise RuntimeError("no database")


def square(x):
    return x * x


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=4, initializer=setup)
    try:
        print(ex.submit(square, 2).result())
    except BrokenProcessPool as exc:
        print("broken:", exc)
    try:
        ex.submit(square, 3)
    except BrokenProcessPool as exc:
        print("refused:", exc)
    ex.shutdown()
