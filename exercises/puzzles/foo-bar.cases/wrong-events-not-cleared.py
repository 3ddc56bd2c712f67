# Takes turns with two Events but never clears them: after the first round both stay set and nobody waits.
# expect: fail
# expect-hint: clear-the-event
# expect-failing: alternates, tests

import threading


class FooBar:
    """Two threads take turns: foo, bar, foo, bar, ... n times each."""

    def __init__(self, n):
        self.n = n
        self.foo_turn = threading.Event()
        self.foo_turn.set()  # foo goes first
        self.bar_turn = threading.Event()

    def foo(self, action):
        for _ in range(self.n):
            self.foo_turn.wait()
            action()
            self.bar_turn.set()  # only after the action: then bar may go

    def bar(self, action):
        for _ in range(self.n):
            self.bar_turn.wait()
            action()
            self.foo_turn.set()


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
