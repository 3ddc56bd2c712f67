# Takes turns by sleeping half a step apart: fine until a step is slower than the guess.
# expect: fail
# expect-hint: sleep-ordering
# expect-failing: tests
import threading
import time


class FooBar:
    def __init__(self, n):
        self.n = n

    def foo(self, action):
        for _ in range(self.n):
            action()
            time.sleep(0.1)

    def bar(self, action):
        time.sleep(0.05)  # start half a step after foo
        for _ in range(self.n):
            action()
            time.sleep(0.1)


def main():
    foobar = FooBar(5)
    # bar starts first on purpose: it still has to wait for foo
    threads = [
        threading.Thread(target=foobar.bar, args=(lambda: print("bar"),)),
        threading.Thread(target=foobar.foo, args=(lambda: print("foo"),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


main()
