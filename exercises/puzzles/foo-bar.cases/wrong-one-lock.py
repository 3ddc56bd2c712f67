# One shared lock: the actions never overlap, but nothing says whose turn it is.
# expect: fail
# expect-hint: one-lock
# expect-failing: alternates, tests
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.lock = threading.Lock()

    def foo(self, action):
        for _ in range(self.n):
            with self.lock:
                action()

    def bar(self, action):
        for _ in range(self.n):
            with self.lock:
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
