import threading, time
log = []
def step(name):
    for i in range(3):
        log.append(f"{name}{i}")
        time.sleep(0.01)
a = threading.Thread(target=step, args=("a",)); b = threading.Thread(target=step, args=("b",))
a.start(); b.start(); a.join(); b.join()
print(sorted(log))
