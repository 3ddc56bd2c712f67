# Waits on a Condition with if: notify_all wakes third() too, and it runs before second().
# expect: fail
# expect-hint: while-not-if
# expect-failing: in-order, tests
import threading


class InOrder:
    def __init__(self):
        self.stage = 1
        self.turn = threading.Condition()

    def first(self, action):
        with self.turn:
            action()
            self.stage = 2
            self.turn.notify_all()

    def second(self, action):
        with self.turn:
            if self.stage != 2:
                self.turn.wait()
            action()
            self.stage = 3
            self.turn.notify_all()

    def third(self, action):
        with self.turn:
            if self.stage != 3:
                self.turn.wait()
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
