# A module-level loop runs in a function of the trainer's (hoist.py): its tracebacks, printed by
# the program or by the run's end, must read as CPython's, one <module> frame.
import traceback


def check(n):
    if n == 3:
        raise ValueError(f"bad item {n}")
    return n


total = 0
try:
    # raise lines: no carets, which CPython 3.11 and 3.14 draw differently under calls
    for n in range(5):
        if n == 3:
            raise ValueError(f"bad item {n}")
        total += n
except ValueError:
    traceback.print_exc()
print("total", total, "n", n)

if __name__ == "__main__":
    for attempt in range(3):
        try:
            check(attempt + 2)
        except ValueError as err:
            print("caught", err, "at", attempt)
            print(traceback.format_exc().count("File"), "frames")
    print(sorted(name for name in globals() if not name.startswith("__")))
    while total < 100:
        total += 1
        if total > 50:
            raise RuntimeError(f"gave up at {total}")
