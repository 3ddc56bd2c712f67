# Both semaphores start at 0: neither thread ever gets the first turn.
# expect: fail
# expect-hint: deadlock
# expect-failing: alternates, tests, exit
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.foo_turn = threading.Semaphore(0)
        self.bar_turn = threading.Semaphore(0)

    def foo(self, action):
        for _ in range(self.n):
            self.foo_turn.acquire()
            action()
            self.bar_turn.release()

    def bar(self, action):
        for _ in range(self.n):
            self.bar_turn.acquire()
            action()
            self.foo_turn.release()


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
