import _thread
import sys
import threading
import time

lock = threading.Lock()
print(type(lock), type(lock).__module__, type(lock).__name__, _thread.LockType is type(lock))
lock.acquire()
for timeout in (float("nan"), 1e100, float("inf")):
    try:
        print(lock.acquire(timeout=timeout))
    except (ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)
print(_thread.stack_size(), _thread.stack_size(262144), _thread.stack_size(0), _thread.stack_size())
for size in (123, -4096):
    try:
        _thread.stack_size(size)
    except ValueError as exc:
        print("ValueError:", exc)

try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread at once")
for signum in (-1, 1000000):
    try:
        _thread.interrupt_main(signum)
    except ValueError as exc:
        print("ValueError:", exc)
worker = threading.Thread(target=_thread.interrupt_main)
try:
    worker.start()
    time.sleep(0.1)
    worker.join()
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt once the main thread runs again")

seen = []
sys.unraisablehook = lambda u: seen.append(
    (u.err_msg.startswith("Exception ignored in thread started by"), repr(u.exc_value),
     u.exc_traceback is not None))
started = _thread.allocate_lock()
started.acquire()


def task(fail):
    started.release()
    if fail:
        raise ValueError("task failed")
    raise SystemExit


_thread.start_new_thread(task, (True,))
started.acquire()
_thread.start_new_thread(task, (False,))
started.acquire()
time.sleep(0.05)
print(seen)
