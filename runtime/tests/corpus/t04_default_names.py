import threading
def f():
    pass
ts = [threading.Thread(target=f) for _ in range(3)]
print([t.name for t in ts])
class Worker(threading.Thread):
    def run(self):
        print("running", self.name)
w = Worker()
w.start(); w.join()
print(w.ident is not None, isinstance(w.native_id, int))
