# fidelity: no-timing
# Thread and process ids read through a class attribute: C built-ins in CPython, so they do not
# bind as methods (a Python stand-in would be called with the instance and fail).
import _thread
import os
import threading


class Who:
    ident = threading.get_ident
    native = threading.get_native_id
    raw_ident = _thread.get_ident
    pid = os.getpid
    ppid = os.getppid
    cpus = os.cpu_count


who = Who()
print(who.ident() == threading.get_ident() == who.raw_ident())
print(who.native() == threading.get_native_id())
print(who.pid() == os.getpid(), who.ppid() == os.getppid())
print(who.cpus() == os.cpu_count())
print(threading.get_ident, os.getpid, os.cpu_count)
