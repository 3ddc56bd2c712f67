# fidelity: no-timing
# A thread waking from time.sleep beside busy threads waits for the GIL: at least one whole
# switch interval (it may only ask the holder to drop it after a whole wait), and beside three
# busy threads it competes with them, so some wake-ups wait several intervals. Recorded on a
# loaded machine, where the OS sometimes leaves the GIL free a while: the shares allow for that.
import sys
import threading
import time

INTERVAL = sys.getswitchinterval()


def delays_beside(busy, wakes=20):
    done = threading.Event()

    def spin():
        while not done.is_set():
            sum(range(10_000))  # a tenth of a millisecond of CPU, the GIL held

    threads = [threading.Thread(target=spin) for _ in range(busy)]
    for t in threads:
        t.start()
    delays = []
    for _ in range(wakes):
        asked = time.perf_counter()
        time.sleep(0.010)
        delays.append((time.perf_counter() - asked - 0.010) / INTERVAL)
    done.set()
    for t in threads:
        t.join()
    return delays


one = delays_beside(1)
print("beside one busy thread, 3 in 4 wake-ups waited a whole interval:",
      sum(d >= 1 for d in one) >= 15)
three = delays_beside(3)
print("beside three, 3 in 4 wake-ups waited a whole interval:", sum(d >= 1 for d in three) >= 15)
print("beside three, some wake-up waited three intervals or more:", max(three) >= 3)
