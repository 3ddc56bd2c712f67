# left: tick
import threading
import time
def tick():
    while True:
        time.sleep(0.3)
        print("tick")
threading.Thread(target=tick, daemon=True).start()
time.sleep(1)
print("done")
