# One Event for both steps: once first() sets it, second() and third() may run in either order.
# expect: fail
# expect-hint: wait-for-previous
# expect-failing: in-order, tests

import threading


class InOrder:
    """Runs the actions passed to first(), second() and third() in that order."""

    def __init__(self):
        self.done = threading.Event()

    def first(self, action):
        action()
        self.done.set()  # let second() go

    def second(self, action):
        self.done.wait()  # sleeps, without using the CPU, until first() calls set()
        action()
        self.done.set()

    def third(self, action):
        self.done.wait()
        action()


def say(word):
    return lambda: print(word)


def main():
    order = InOrder()
    # the threads start in the "wrong" order on purpose
    threads = [
        threading.Thread(target=order.third, args=(say("third"),)),
        threading.Thread(target=order.second, args=(say("second"),)),
        threading.Thread(target=order.first, args=(say("first"),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


main()
