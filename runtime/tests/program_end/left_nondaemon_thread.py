# left: late
import threading
import time
def late():
    time.sleep(0.5)
    print("late")
threading.Thread(target=late).start()
print("main done")
