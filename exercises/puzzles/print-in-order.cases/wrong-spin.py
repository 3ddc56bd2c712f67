# Busy-waits on a plain attribute: right order, but the waiting threads burn the CPU.
# expect: fail
# expect-hint: busy-wait
# expect-failing: in-order, tests, exit
import threading


class InOrder:
    def __init__(self):
        self.stage = 1

    def first(self, action):
        action()
        self.stage = 2

    def second(self, action):
        while self.stage != 2:
            pass
        action()
        self.stage = 3

    def third(self, action):
        while self.stage != 3:
            pass
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
