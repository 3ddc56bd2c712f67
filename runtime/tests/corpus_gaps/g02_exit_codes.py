# fidelity: no-timing
import multiprocessing
import os
import sys


def quits(how):
    print("child", how, flush=True)
    if how == "exit-true":
        sys.exit(True)
    if how == "exit-false":
        sys.exit(False)
    if how == "exit-300":
        sys.exit(300)
    if how == "exit-text":
        sys.exit("bye")
    if how == "_exit-7":
        try:
            os._exit(7)
        finally:
            pass
    if how == "_exit-258":
        os._exit(258)


if __name__ == "__main__":
    for how in ["exit-true", "exit-false", "exit-300", "exit-text", "_exit-7", "_exit-258"]:
        p = multiprocessing.Process(target=quits, args=(how,))
        p.start()
        p.join()
        print(how, "->", p.exitcode, flush=True)
    print("main ends with os._exit(3)", flush=True)
    os._exit(3)
