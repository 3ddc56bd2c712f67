# Both threads take the two locks in the same order: no deadlock is possible.
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
    with left:
        with right:
            done.append("two")


threads = [threading.Thread(target=one), threading.Thread(target=two)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("both transfers done" if len(done) == 2 else "missing")
