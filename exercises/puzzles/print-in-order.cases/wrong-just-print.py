# Prints the expected words itself: the threads and InOrder are left as they were.
# expect: fail
# expect-hint: wait-for-previous
# expect-failing: tests
import threading


class InOrder:
    def first(self, action):
        action()

    def second(self, action):
        action()

    def third(self, action):
        action()


print("first")
print("second")
print("third")
