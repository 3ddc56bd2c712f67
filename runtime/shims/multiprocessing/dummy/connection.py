"""``multiprocessing.dummy.connection``: connections between threads over two queues."""

from queue import Queue

__all__ = ["Client", "Listener", "Pipe"]

families = ["AF_INET"]


class Connection:
    def __init__(self, inbox, outbox):
        self._in = inbox
        self._out = outbox
        self.send = self.send_bytes = outbox.put
        self.recv = self.recv_bytes = inbox.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Listener:
    def __init__(self, address=None, family=None, backlog=1):
        self._backlog_queue = Queue(backlog)

    def accept(self):
        return Connection(*self._backlog_queue.get())

    def close(self):
        self._backlog_queue = None

    @property
    def address(self):
        return self._backlog_queue

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Client(address):
    mine, theirs = Queue(), Queue()
    address.put((mine, theirs))
    return Connection(theirs, mine)


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)
