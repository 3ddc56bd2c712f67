import threading, sys
def boom():
    raise ValueError("bad value")
t = threading.Thread(target=boom, name="Boomer")
t.start(); t.join()
print("main continues")
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="Quiet")
t.start(); t.join()
print(seen)
