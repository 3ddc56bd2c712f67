# Raises the recursion limit far beyond what the interpreter's stack can hold.
import sys

sys.setrecursionlimit(10**6)


def down(n):
    return down(n + 1)


down(0)
