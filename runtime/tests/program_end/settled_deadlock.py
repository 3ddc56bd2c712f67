# settled (the run stops before its tests: its whole result is the program's)
import threading
a, b = threading.Lock(), threading.Lock()


def one():
    with a:
        threading.Event().wait(0.1)
        with b:
            pass


def two():
    with b:
        threading.Event().wait(0.1)
        with a:
            pass


ts = [threading.Thread(target=one), threading.Thread(target=two)]
for t in ts:
    t.start()
for t in ts:
    t.join()
