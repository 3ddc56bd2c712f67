# Two threads take the same two locks in opposite order: each can hold one and wait forever.
# correct: both transfers done
import threading

left = threading.Lock()
right = threading.Lock()
done = []


def one():
    with left:
        with right:
            done.append("one")


def two():
    with right:
        with left:
            done.append("two")


threads = [threading.Thread(target=one), threading.Thread(target=two)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("both transfers done" if len(done) == 2 else "missing")
