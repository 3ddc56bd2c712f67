# Orders the steps by sleeping: works until a step is slower than the guess.
# expect: fail
# expect-hint: sleep-ordering
# expect-failing: tests
import threading
import time


class InOrder:
    def first(self, action):
        action()

    def second(self, action):
        time.sleep(0.1)  # first() is surely done by now
        action()

    def third(self, action):
        time.sleep(0.2)
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
