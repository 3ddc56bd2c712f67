import threading, time
def late():
    time.sleep(0.2)
    print("worker done")
threading.Thread(target=late).start()
print("main fails")
raise KeyError("oops")
