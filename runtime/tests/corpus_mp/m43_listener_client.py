# multiprocessing.connection's Listener and Client (the documentation's example, in one run): a
# child connects to the parent's listener by address, both authenticate, messages go both ways;
# once the listener is closed a Client is refused.
from multiprocessing import Process
from multiprocessing.connection import Listener, Client
import multiprocessing.connection as mc


def client(address):
    with Client(address, authkey=b"secret") as conn:
        print("client got", conn.recv())
        conn.send(["reply", 42])


if __name__ == "__main__":
    print(sorted(mc.__all__))
    with Listener(("localhost", 0), authkey=b"secret") as listener:
        host, port = listener.address
        print("listening on", host, port > 0)
        p = Process(target=client, args=(listener.address,))
        p.start()
        with listener.accept() as conn:
            conn.send([2.25, None, "junk", float])
            print("server got", conn.recv())
        p.join()
    print("exit", p.exitcode)
    try:
        Client(("localhost", port))
    except ConnectionRefusedError as e:
        print("refused", type(e).__name__)
