# Makes both threads daemons: the export is cut off when main ends.
# expect: fail
# expect-hint: work-not-daemon
# expect-failing: exported, elapsed
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
    threading.Thread(target=autosave, daemon=True).start()
    threading.Thread(target=export_report, daemon=True).start()
    time.sleep(1.0)  # the user keeps editing
    print("main done")


main()
