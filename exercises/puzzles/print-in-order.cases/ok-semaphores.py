# Also correct: two semaphores that start at 0, released by the previous step.
# expect: pass
import threading


class InOrder:
    def __init__(self):
        self.second_may_run = threading.Semaphore(0)
        self.third_may_run = threading.Semaphore(0)

    def first(self, action):
        action()
        self.second_may_run.release()

    def second(self, action):
        with self.second_may_run:
            action()
        self.third_may_run.release()

    def third(self, action):
        self.third_may_run.acquire()
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
