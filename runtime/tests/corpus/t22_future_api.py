from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time
def fail():
    raise KeyError("missing")
def nap():
    time.sleep(0.5)
    return "late"
calls = []
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail)
    print(type(f.exception()).__name__, f.done())
    g = ex.submit(nap)
    h = ex.submit(nap)
    print("cancel queued:", h.cancel(), h.cancelled())
    g.add_done_callback(lambda fut: calls.append(fut.result()))
    try:
        g.result(timeout=0.1)
    except TimeoutError:
        print("timeout")
    print(g.result())
print(calls)
