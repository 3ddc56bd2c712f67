# The staggered start of racy/staggered_start.py done right: the reader waits for the loader's
# Event instead of sleeping "long enough", so no wake-up delay can make it read too early.
# correct: mode = fast
import threading
import time

config = {}
loaded = threading.Event()


def loader():
    time.sleep(0.009)
    config["mode"] = "fast"
    loaded.set()


def reader():
    time.sleep(0.010)
    loaded.wait()
    print(f"mode = {config.get('mode')}")


threads = [threading.Thread(target=loader), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
