# fidelity: no-timing
# An asyncio loop beside one CPU-bound thread: every asyncio.sleep wake-up takes the GIL twice
# (after select returns, and after select(0) before the task runs), a whole switch interval each.
# Recorded on a loaded machine, where the OS sometimes leaves the GIL free a while: hence half.
import asyncio
import sys
import threading
import time

INTERVAL = sys.getswitchinterval()


async def main():
    done = threading.Event()

    def spin():
        while not done.is_set():
            sum(range(10_000))  # a tenth of a millisecond of CPU, the GIL held

    worker = threading.Thread(target=spin)
    worker.start()
    delays = []
    for _ in range(20):
        asked = time.perf_counter()
        await asyncio.sleep(0.010)
        delays.append((time.perf_counter() - asked - 0.010) / INTERVAL)
    done.set()
    worker.join()
    print("half the health checks waited two whole intervals:", sum(d >= 2 for d in delays) >= 10)


asyncio.run(main())
