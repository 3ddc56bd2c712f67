# fidelity: no-timing
# A process's sentinel and connection.wait, close() of a running and of an ended process, an
# Event's repr, and a Pool's maxtasksperchild checked
import multiprocessing as mp
from multiprocessing.connection import wait


def work(event, conn):
    event.wait()
    conn.send("done")
    conn.close()


if __name__ == "__main__":
    event = mp.Event()
    print(repr(event).split(" at ")[0], repr(event).endswith(" unset>"))
    reader, writer = mp.Pipe(duplex=False)
    p = mp.Process(target=work, args=(event, writer))
    try:
        p.sentinel
    except ValueError as e:
        print("before start:", e)
    p.start()
    print("ready at once:", wait([p.sentinel, reader], timeout=0.05))
    try:
        p.close()
    except ValueError as e:
        print("close while running:", e)
    event.set()
    print(repr(event).endswith(" set>"))
    ready = wait([reader], timeout=5)
    print("reader ready:", ready == [reader], reader.recv())
    print("sentinel ready:", wait([p.sentinel], timeout=5) == [p.sentinel])
    p.join()
    p.close()
    for call in (p.is_alive, p.join, p.terminate):
        try:
            call()
        except ValueError as e:
            print(call.__name__, "after close:", e)
    for bad in (0, -1, 1.5):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print(bad, e)
