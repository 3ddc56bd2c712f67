# fidelity: no-timing
# A signal sent to the main thread with _thread.interrupt_main() reaches it while it spins in a
# loop that never blocks: CPython runs the handler between two bytecodes, within a switch interval.
import _thread
import signal
import threading
import time


def poke(delay):
    time.sleep(delay)
    _thread.interrupt_main()


# the default SIGINT handler: KeyboardInterrupt out of a busy loop
start = time.perf_counter()
try:
    threading.Thread(target=poke, args=(0.001,)).start()
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt out of the busy loop, soon:", time.perf_counter() - start < 1)

# a handler of the program's own runs in the main thread, which then leaves its loop
seen = []


def on_signal(signum, frame):
    seen.append((signum, threading.current_thread() is threading.main_thread()))


signal.signal(signal.SIGINT, on_signal)
worker = threading.Thread(target=poke, args=(0.001,))
worker.start()
while not seen:
    pass
worker.join()
print("handler ran in the main thread:", seen == [(signal.SIGINT, True)])
