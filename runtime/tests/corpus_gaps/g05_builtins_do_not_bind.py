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

# a C function has no __dict__: XML-RPC refuses to send one, and no attribute can be set on it
import xmlrpc.client

try:
    xmlrpc.client.dumps((time.sleep,))
except TypeError:
    print("time.sleep cannot be marshalled")
print(hasattr(time.perf_counter, "__dict__"))
try:
    time.sleep.calls = 0
except AttributeError:
    print("no attribute can be set on a built-in")
