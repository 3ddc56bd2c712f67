# No synchronisation at all: each thread runs its loop as fast as it can.
# expect: fail
# expect-hint: take-turns
# expect-failing: alternates, tests
import threading


class FooBar:
    def __init__(self, n):
        self.n = n

    def foo(self, action):
        for _ in range(self.n):
            action()

    def bar(self, action):
        for _ in range(self.n):
            action()


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
