# Takes turns through a plain attribute and busy-waits on it: the waiting thread burns the CPU.
# expect: fail
# expect-hint: busy-wait
# expect-failing: alternates, tests, exit
import threading


class FooBar:
    def __init__(self, n):
        self.n = n
        self.turn = "foo"

    def foo(self, action):
        for _ in range(self.n):
            while self.turn != "foo":
                pass
            action()
            self.turn = "bar"

    def bar(self, action):
        for _ in range(self.n):
            while self.turn != "bar":
                pass
            action()
            self.turn = "foo"


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
