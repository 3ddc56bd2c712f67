"""time's functions look like CPython's C built-ins: type, names, repr, documentation, pickling."""
import copy
import inspect
import os
import pickle
import time
import types

for name in ("sleep", "monotonic", "perf_counter", "time", "monotonic_ns", "process_time"):
    f = getattr(time, name)
    print(type(f).__name__, f.__name__, f.__qualname__, f.__module__, repr(f).split(" at ")[0],
          isinstance(f, types.BuiltinFunctionType), inspect.isbuiltin(f), inspect.isfunction(f))
print(type(time.sleep), type(time.sleep) is type(time.monotonic), callable(time.sleep))
print(time.sleep.__doc__.splitlines()[0])
print(time.perf_counter.__doc__.splitlines()[0])
print(pickle.loads(pickle.dumps(time.sleep)) is time.sleep, copy.copy(time.monotonic) is time.monotonic)
print(pickle.loads(pickle.dumps(os.getpid)) is os.getpid)
try:
    time.sleep.cache = {}
except AttributeError as exc:
    print("AttributeError:", str(exc).split(" and ")[0])


class Stopwatch:
    clock = time.perf_counter  # a built-in does not bind as a method


start = Stopwatch().clock()
time.sleep(0.25)
print(round(Stopwatch().clock() - start, 1))
