# fidelity: no-timing
# (CPython recorded at a machine load of 25, when its manager start and round trips take 10-40 times
# their idle cost: these cases check what the manager does; procs.START_COSTS times its start.)
# A second manager attaches to a running one by its address (a name here, a socket in CPython);
# a wrong authkey is refused by the server's challenge.
import errno
import multiprocessing
import queue
from multiprocessing.managers import BaseManager

jobs = queue.Queue()


def get_jobs():
    return jobs


class Server(BaseManager):
    pass


class Remote(BaseManager):
    pass


Server.register("get_jobs", callable=get_jobs)
Remote.register("get_jobs")

if __name__ == "__main__":
    server = Server(address=("localhost", 0), authkey=b"secret")
    server.start()
    host, port = server.address
    print("listening on", host, "port given:", port > 0)

    remote = Remote(address=server.address, authkey=b"secret")
    remote.connect()
    q = remote.get_jobs()
    q.put("first")
    q.put(("second", 2))
    print("through the remote:", q.get(), q.get(), q.qsize())

    intruder = Remote(address=server.address, authkey=b"wrong")
    try:
        intruder.connect()
    except multiprocessing.AuthenticationError as e:
        print("wrong key:", type(e).__name__, e)

    server.shutdown()
    print("server exit code:", server._process.exitcode)
    try:
        Remote(address=server.address, authkey=b"secret").connect()
    except ConnectionRefusedError as e:
        print("after shutdown:", type(e).__name__, e.errno == errno.ECONNREFUSED)
    try:
        Remote().connect()  # a manager never started has no address to connect to
    except ValueError as e:
        print("no address:", e)
