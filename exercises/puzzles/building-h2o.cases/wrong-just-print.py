# Prints three molecules itself; the atoms never meet.
# expect: fail
# expect-hint: meet-in-threes
# expect-failing: tests
import threading
import time


class H2O:
    def hydrogen(self, release):
        release()

    def oxygen(self, release):
        release()


print("HHOHHOHHO")
