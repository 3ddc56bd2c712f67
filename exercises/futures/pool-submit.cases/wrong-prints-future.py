# Prints the Future objects instead of their results.
# expect: fail
# expect-hint: output-format
# expect-failing: output
import time
from concurrent.futures import ThreadPoolExecutor


def brew(drink):
    time.sleep(1)
    return f"{drink} ready"


started = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    orders = [pool.submit(brew, drink) for drink in ["tea", "coffee", "cocoa"]]
    print("first done right away:", orders[0].done())
    for order in orders:
        print(order)
    print("first done now:", orders[0].done())
print(f"took {time.perf_counter() - started:.2f} s")
