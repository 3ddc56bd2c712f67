# Also correct: two events, each thread clearing its own and setting the other.
# expect: pass
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.foo_may = threading.Event()
        self.bar_may = threading.Event()
        self.foo_may.set()

    def foo(self, action):
        for _ in range(self.n):
            self.foo_may.wait()
            self.foo_may.clear()
            action()
            self.bar_may.set()

    def bar(self, action):
        for _ in range(self.n):
            self.bar_may.wait()
            self.bar_may.clear()
            action()
            self.foo_may.set()


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
