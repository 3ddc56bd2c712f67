import threading, time
def forever():
    while True:
        time.sleep(0.1)
def short():
    time.sleep(0.2)
    print("non-daemon finished")
threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=short).start()
print("main ends")
