# Makes both threads daemons and sleeps in main for "long enough" instead of letting the export finish.
# expect: fail
# expect-hint: sleep-guess
# expect-failing: elapsed

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
    # A daemon thread does not keep the program alive; export_report must finish, so it is not one.
    threading.Thread(target=autosave, daemon=True).start()
    threading.Thread(target=export_report, daemon=True).start()
    time.sleep(1.0)  # the user keeps editing
    time.sleep(1.5)  # wait for the export to finish
    print("main done")


main()
