import threading, queue, time
q = queue.Queue(maxsize=2)
def producer():
    for i in range(5):
        q.put(i)
        print("put", i)
        time.sleep(0.05)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        time.sleep(0.12)
        print("got", item)
        q.task_done()
    q.task_done()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); q.join(); c.join()
print("empty:", q.empty())
