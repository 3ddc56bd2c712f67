# A reader "waits long enough" for a loader instead of waiting for it: 1 ms of margin.
# correct: mode = fast
import threading
import time

config = {}


def loader():
    time.sleep(0.009)  # loading takes 9 ms...
    config["mode"] = "fast"


def reader():
    time.sleep(0.010)  # ...so 10 ms is surely enough
    print(f"mode = {config.get('mode')}")


threads = [threading.Thread(target=loader), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
