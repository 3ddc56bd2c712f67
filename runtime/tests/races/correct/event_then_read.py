# The writer sets the data, then an Event; the reader waits for the Event before reading.
# correct: got {'status': 'ready', 'rows': 3}
import threading

data = {}
ready = threading.Event()


def writer():
    data["status"] = "ready"
    data["rows"] = 3
    ready.set()


def reader(out):
    ready.wait()
    out.append(dict(data))


out = []
threads = [threading.Thread(target=reader, args=(out,)), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"got {out[0]}")
