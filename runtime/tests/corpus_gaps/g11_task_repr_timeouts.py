# fidelity: no-timing
# (what matters here is that nothing hangs; the elapsed times are printed, rounded)
import asyncio
import concurrent.futures
import time


async def work(n):
    await asyncio.sleep(n)
    return n


def shown(obj):
    return repr(obj).replace(__file__, "FILE")


async def main():
    task = asyncio.create_task(work(0.1), name=42)
    print(task.get_name(), shown(task))
    await asyncio.sleep(0)
    print(shown(task))
    await task
    print(shown(task))
    fut = asyncio.get_running_loop().create_future()

    def report(done):
        print("done:", shown(done))

    fut.add_done_callback(report)
    print(shown(fut))
    fut.set_result(1)
    start = time.monotonic()
    try:
        for nxt in asyncio.as_completed([asyncio.create_task(work(0.2))], timeout=0):
            await nxt
    except TimeoutError:
        print("asyncio.as_completed(timeout=0): TimeoutError", round(time.monotonic() - start, 2))
    await asyncio.sleep(0.3)


asyncio.run(main())
start = time.monotonic()
with concurrent.futures.ThreadPoolExecutor() as ex:
    futures = [ex.submit(time.sleep, 0.2)]
    try:
        for f in concurrent.futures.as_completed(futures, timeout=0):
            pass
    except TimeoutError as exc:
        print("as_completed(timeout=0):", exc, round(time.monotonic() - start, 2))
print(round(time.monotonic() - start, 2))
