# Another correct solution: no with-block, an explicit shutdown, and threads named in the pool.
# expect: pass
import time
import concurrent.futures


def brew(drink):
    time.sleep(1)
    return f"{drink} ready"


started = time.perf_counter()
pool = concurrent.futures.ThreadPoolExecutor(3, thread_name_prefix="barista")
tea = pool.submit(brew, "tea")
coffee = pool.submit(brew, "coffee")
cocoa = pool.submit(brew, "cocoa")
print("first done right away:", tea.done())
print(tea.result())
print(coffee.result())
print(cocoa.result())
print("first done now:", tea.done())
pool.shutdown()
print(f"took {time.perf_counter() - started:.2f} s")
