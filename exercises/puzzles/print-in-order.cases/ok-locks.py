# Also correct: two locks taken up front, each released by the previous step.
# expect: pass
import threading


class InOrder:
    def __init__(self):
        self.after_first = threading.Lock()
        self.after_second = threading.Lock()
        self.after_first.acquire()
        self.after_second.acquire()

    def first(self, action):
        action()
        self.after_first.release()

    def second(self, action):
        with self.after_first:
            action()
        self.after_second.release()

    def third(self, action):
        with self.after_second:
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
