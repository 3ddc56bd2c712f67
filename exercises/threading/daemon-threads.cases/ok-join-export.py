# Another correct solution: the daemon flag set before start, the export joined explicitly.
# expect: pass
import threading
import time


def autosave():
    while True:
        print("autosave")
        time.sleep(0.7)


def export_report():
    time.sleep(2.0)
    print("report exported")


def main():
    saver = threading.Thread(target=autosave)
    saver.daemon = True
    saver.start()
    exporter = threading.Thread(target=export_report)
    exporter.start()
    time.sleep(1.0)
    print("main done")
    exporter.join()


main()
