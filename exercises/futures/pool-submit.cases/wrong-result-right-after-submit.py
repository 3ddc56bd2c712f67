# Calls result() right after each submit: the main thread waits for every order before the next.
# expect: fail
# expect-hint: result-too-early
# expect-failing: elapsed, three-at-once, output
import time
from concurrent.futures import ThreadPoolExecutor


def brew(drink):
    time.sleep(1)
    return f"{drink} ready"


started = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    orders = []
    for drink in ["tea", "coffee", "cocoa"]:
        order = pool.submit(brew, drink)
        order.result()
        orders.append(order)
    print("first done right away:", orders[0].done())
    for order in orders:
        print(order.result())
    print("first done now:", orders[0].done())
print(f"took {time.perf_counter() - started:.2f} s")
