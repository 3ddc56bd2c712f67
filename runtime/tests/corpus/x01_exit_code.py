import sys, threading, time
def late():
    time.sleep(0.1)
    print("thread still finishes")
threading.Thread(target=late).start()
print("exiting with 3")
sys.exit(3)
