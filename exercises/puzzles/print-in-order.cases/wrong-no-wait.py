# The starter: nothing makes a step wait for the one before.
# expect: fail
# expect-hint: wait-for-previous
# expect-failing: in-order, tests
import threading


class InOrder:
    def first(self, action):
        action()

    def second(self, action):
        action()

    def third(self, action):
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
