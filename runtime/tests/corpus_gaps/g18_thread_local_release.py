# fidelity: no-timing
# A thread's values in a threading.local go when the thread ends, before join() returns:
# their __del__ runs in that thread and weak references to them die.
import _thread
import threading
import time
import weakref

session = threading.local()
log = []


class Connection:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        log.append(f"closed {self.owner}")


def work(name):
    session.conn = Connection(name)
    log.append(f"{name} has {session.conn.owner}")


threads = [threading.Thread(target=work, args=(f"w{i}",), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
    log.append(f"joined {t.name}")
print("\n".join(log))

session.conn = Connection("main")
ref = weakref.ref(session.conn)
print("main keeps its own:", ref() is not None, session.conn.owner)

done = threading.Lock()
done.acquire()
refs = []


def raw():
    value = Connection("raw")
    session.conn = value
    refs.append(weakref.ref(value))
    del value
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
while refs[0]() is not None:
    time.sleep(0.001)  # the raw thread is still ending
print("raw thread's value released:", refs[0]() is None)
print("main still has:", session.conn.owner)
