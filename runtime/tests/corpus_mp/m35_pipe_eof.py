# fidelity: no-timing
# End of file on a pipe comes once every process holding the writing end has closed it or ended:
# the parent closing its copy right after start does not cut the child off; a child that ends
# without closing its copy closes it by ending; a writer still open somewhere means no EOF
import time
import multiprocessing as mp


def producer(conn, n, delay):
    for i in range(n):
        time.sleep(delay)
        conn.send(i)
    conn.close()


def quiet(conn, delay):
    time.sleep(delay)  # ends without closing its copy


if __name__ == "__main__":
    reader, writer = mp.Pipe(duplex=False)
    p = mp.Process(target=producer, args=(writer, 3, 0.1))
    p.start()
    writer.close()
    got = []
    while True:
        try:
            got.append(reader.recv())
        except EOFError:
            break
    print("received", got, "then EOF")
    p.join()

    reader, writer = mp.Pipe(duplex=False)
    p = mp.Process(target=quiet, args=(writer, 0.2))
    p.start()
    writer.close()
    start = time.monotonic()
    print("poll before the child ends:", reader.poll(0.05))
    print("poll once it has:", reader.poll(1), time.monotonic() - start >= 0.2)
    try:
        reader.recv()
    except EOFError:
        print("EOF")
    p.join()

    reader, writer = mp.Pipe(duplex=False)
    p = mp.Process(target=quiet, args=(writer, 0.1))
    p.start()
    p.join()
    print("parent still holds the writer:", reader.poll(0.1))
    writer.close()
    print("now:", reader.poll(0.1))
