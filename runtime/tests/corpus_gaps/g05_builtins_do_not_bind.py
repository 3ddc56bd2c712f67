# fidelity: no-timing
import _thread
import time


class Stopwatch:
    clock = time.perf_counter
    locktype = _thread.allocate_lock
    pause = time.sleep


watch = Stopwatch()
print(isinstance(watch.clock(), float))
lock = watch.locktype()
print(lock.acquire(), lock.locked())
watch.pause(0.01)
print(time.sleep, time.perf_counter, time.monotonic)
