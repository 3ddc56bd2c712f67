# fidelity: no-timing
# The authkey handshake of multiprocessing.connection (what Listener and Client run) over a
# Pipe between two processes: the same key is welcomed, a wrong one refused on both sides
import multiprocessing as mp
from multiprocessing.connection import answer_challenge, deliver_challenge


def client(conn, key):
    try:
        answer_challenge(conn, key)
        conn.send("client: welcomed")
    except mp.AuthenticationError as e:
        print("client:", e, flush=True)


if __name__ == "__main__":
    for key in (b"secret", b"wrong"):
        here, there = mp.Pipe()
        p = mp.Process(target=client, args=(there, key))
        p.start()
        try:
            deliver_challenge(here, b"secret")
            print(here.recv())
        except mp.AuthenticationError as e:
            print("server:", e)
        p.join()
    try:
        deliver_challenge(here, "secret")
    except ValueError as e:
        print(e)
