# Also correct: a Condition and a stage counter, waiting in a while loop.
# expect: pass
import threading


class InOrder:
    def __init__(self):
        self.stage = 1
        self.turn = threading.Condition()

    def _run(self, stage, action):
        with self.turn:
            while self.stage != stage:
                self.turn.wait()
            action()
            self.stage += 1
            self.turn.notify_all()

    def first(self, action):
        self._run(1, action)

    def second(self, action):
        self._run(2, action)

    def third(self, action):
        self._run(3, action)


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
