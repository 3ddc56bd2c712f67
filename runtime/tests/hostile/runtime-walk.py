# Walks every attribute (dir + getattr, as far as the program may) from every module and from the
# objects a program makes (threads, processes, pools, executors, event loop, network sessions),
# and prints the types of the runtime's objects it reached: only its stand-ins for standard
# objects (sys.stdout, time.sleep, locks, the event loop...) may be among them, never the
# scheduler, the clock, the trace, the output record or the limits.
import asyncio
import concurrent.futures
import json  # noqa: F401
import logging  # noqa: F401
import multiprocessing
import os  # noqa: F401
import queue
import random  # noqa: F401
import sys
import threading
import time

found = {}
seen = set()


def is_runtime(obj):
    try:
        t = type(obj)
        m = getattr(t, "__module__", "") or ""
        if isinstance(obj, type(sys)):
            m = obj.__name__
        return m.startswith("interleave") or m.startswith("pyodide") or m.startswith("_pyodide") or m == "js"
    except BaseException:
        return False


def walk(roots, depth):
    frontier = list(roots)
    for _ in range(depth):
        nxt = []
        for path, obj in frontier:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if is_runtime(obj):
                key = ("module " + obj.__name__) if isinstance(obj, type(sys)) else type(obj).__module__ + "." + type(obj).__qualname__
                if key not in found:
                    found[key] = path
            try:
                names = dir(obj)
            except BaseException:
                continue
            for n in names:
                if n.startswith("__") and n not in ("__dict__",):
                    continue
                try:
                    v = getattr(obj, n)
                except BaseException:
                    continue
                if isinstance(v, (int, float, str, bytes, bool, type(None))):
                    continue
                nxt.append((path + "." + n, v))
            if isinstance(obj, dict):
                for k, v in list(obj.items())[:50]:
                    nxt.append((f"{path}[{k!r}]", v))
            if isinstance(obj, (list, tuple, set, frozenset)):
                for i, v in enumerate(list(obj)[:20]):
                    nxt.append((f"{path}[{i}]", v))
        frontier = nxt


roots = [(name, mod) for name, mod in list(sys.modules.items()) if mod is not None]
if __name__ == "__main__":
    import urllib.request

    import requests
    mq = multiprocessing.Queue()
    mq.put(1)
    p = multiprocessing.Process(target=print, args=("child",))
    p.start()
    p.join()
    ex = concurrent.futures.ThreadPoolExecutor(2)
    fut = ex.submit(print, "f")
    fut.result()
    pex = concurrent.futures.ProcessPoolExecutor(2)
    pfut = pex.submit(abs, -1)
    pfut.result()
    resp = urllib.request.urlopen("http://example.com/get")
    sess = requests.Session()
    r2 = sess.get("http://example.com/get")
    roots += [("mq", mq), ("p", p), ("ex", ex), ("fut", fut), ("pex", pex), ("pfut", pfut), ("resp", resp), ("sess", sess), ("r2", r2),
              ("mlock", multiprocessing.Lock()), ("mval", multiprocessing.Value("i", 0)), ("cur", multiprocessing.current_process()),
              ("t", threading.Thread(target=print)), ("cond", threading.Condition()), ("sem", threading.Semaphore()), ("ev", threading.Event()),
              ("q", queue.Queue()), ("timer", threading.Timer(1, print))]
    roots += [("sys.stdout", sys.stdout), ("current_thread", threading.current_thread()), ("time.sleep", time.sleep), ("print", print)]


    async def main():
        roots.append(("loop", asyncio.get_running_loop()))
        roots.append(("task", asyncio.current_task()))
        roots.append(("aq", asyncio.Queue()))
        roots.append(("sleeper", asyncio.ensure_future(asyncio.sleep(5))))
        import aiohttp
        async with aiohttp.ClientSession() as s:
            async with s.get("http://example.com/get") as resp:
                roots.append(("aresp", resp))
                roots.append(("asess", s))
                walk(roots, 4)

    asyncio.run(main())
    for k, p in sorted(found.items()):
        print(k, "<-", p)

