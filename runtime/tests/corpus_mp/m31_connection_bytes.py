# fidelity: no-timing
# A pipe's bytes: send_bytes with an offset and a size (and the checks on them), recv_bytes
# with maxlength, recv_bytes_into an array at an offset and into a buffer too short, and
# connection.wait woken by a child's message and by a child's end, not by a poll, and by the
# end of file once every end that writes is closed
import array
import time
import multiprocessing as mp
from multiprocessing.connection import wait


def late_writer(conn, delay):
    time.sleep(delay)
    conn.send_bytes(b"late news")
    conn.close()


def napper(delay):
    time.sleep(delay)


if __name__ == "__main__":
    a, b = mp.Pipe()
    msg = b"abcdefghijklmnopqrstuvwxyz"
    a.send_bytes(msg, 5)
    a.send_bytes(msg, 7, 8)
    a.send_bytes(msg, 26, 0)
    print(b.recv_bytes(), b.recv_bytes(), b.recv_bytes())
    for args in ((27,), (22, 5), (26, 1), (-1,), (4, -1)):
        try:
            a.send_bytes(msg, *args)
        except ValueError as e:
            print(args, e)
    numbers = array.array("i", [1, 2, 3, 4])
    a.send_bytes(numbers)
    buffer = array.array("i", [0] * 8)
    print("into:", b.recv_bytes_into(buffer, 2 * buffer.itemsize), list(buffer))
    a.send_bytes(msg)
    try:
        b.recv_bytes_into(bytearray(10))
    except mp.BufferTooShort as e:
        print("too short:", e.args)
    for bad in (-1, 100):
        try:
            b.recv_bytes_into(bytearray(10), bad)
        except ValueError as e:
            print(bad, e)
    a.send([1, 2])
    print("pickled:", len(b.recv_bytes()) > 0)
    try:
        b.recv_bytes(-1)
    except ValueError as e:
        print(e)
    a.send_bytes(msg)
    try:
        b.recv_bytes(10)
    except OSError as e:
        print("maxlength:", e)
    try:
        b.recv_bytes()
    except OSError as e:
        print("after:", e)

    reader, writer = mp.Pipe(duplex=False)
    w = mp.Process(target=late_writer, args=(writer, 0.3))
    n = mp.Process(target=napper, args=(0.6,))
    w.start()
    n.start()
    ready = wait([reader, n.sentinel], timeout=5)
    print("first:", ready == [reader], reader.recv_bytes())
    ready = wait([n.sentinel], timeout=5)
    print("then:", ready == [n.sentinel])
    w.join()
    writer.close()
    print("eof:", wait([reader], timeout=5) == [reader])
    try:
        reader.recv_bytes()
    except EOFError:
        print("EOFError")
    n.join()
