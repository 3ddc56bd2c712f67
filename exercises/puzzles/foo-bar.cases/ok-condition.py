# Also correct: a Condition and a turn attribute, waiting in a while loop.
# expect: pass
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.turn = "foo"
        self.changed = threading.Condition()

    def _steps(self, mine, other, action):
        for _ in range(self.n):
            with self.changed:
                self.changed.wait_for(lambda: self.turn == mine)
                action()
                self.turn = other
                self.changed.notify()

    def foo(self, action):
        self._steps("foo", "bar", action)

    def bar(self, action):
        self._steps("bar", "foo", action)


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
