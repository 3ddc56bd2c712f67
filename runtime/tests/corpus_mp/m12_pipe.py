import multiprocessing as mp
def echo(conn):
    while (msg := conn.recv()) != "bye":
        conn.send(msg.upper())
    conn.close()
if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,)); p.start()
    for word in ("ping", "pong"):
        a.send(word)
        print(a.recv())
    a.send("bye"); p.join()
    print("poll:", a.poll(0.1))
