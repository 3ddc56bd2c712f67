# Sets daemon after start(): RuntimeError.
# expect: fail
# expect-hint: set-before-start
# expect-failing: exit, exported, elapsed, threads
import threading
import time


def autosave():
    while True:
        print("autosave")
        time.sleep(0.7)


def export_report():
    time.sleep(2.0)  # writing a big file
    print("report exported")


def main():
    saver = threading.Thread(target=autosave)
    saver.start()
    saver.daemon = True
    threading.Thread(target=export_report).start()
    time.sleep(1.0)  # the user keeps editing
    print("main done")


main()
