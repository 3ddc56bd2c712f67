# Joins every thread, the endless one too: the program still never ends.
# expect: fail
# expect-hint: make-daemon
# expect-failing: exit, elapsed
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
    threads = [threading.Thread(target=autosave), threading.Thread(target=export_report)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    time.sleep(1.0)  # the user keeps editing
    print("main done")


main()
