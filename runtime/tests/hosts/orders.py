"""Orders that CPython takes from addresses (sets of threads, futures and tasks) or from the hash
seed (a set of strings), and the virtual time they lead to: the same on every host, whatever the
heap holds before the program (runtime/tests/orders.test.ts in Node, e2e/hosts-orders.spec.ts in
the page)."""
import asyncio
import concurrent.futures
import threading
import time

t0 = time.perf_counter_ns()


def job(i):
    time.sleep(0.01 * (1 + i % 2))
    return i


async def nap(i, log):
    try:
        await asyncio.sleep(0.05)
        return i
    finally:
        log.append(i)


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


left = []


async def main():
    print("as_completed:", [await c for c in asyncio.as_completed([nap(i, []) for i in range(6)])])
    done, _ = await asyncio.wait([asyncio.create_task(nap(i, [])) for i in range(6)])
    print("wait, done:", [t.result() for t in done])
    cancelled = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(nap(i, cancelled))
            tg.create_task(boom())
    except* ValueError:
        print("TaskGroup cancelled:", cancelled)
    for i in range(4):
        asyncio.create_task(nap(i, left))  # noqa: RUF006 (left running: asyncio.run cancels them)
    await asyncio.sleep(0)


asyncio.run(main())
print("asyncio.run cancelled:", left)

with concurrent.futures.ThreadPoolExecutor(4) as pool:
    futures = [pool.submit(job, i) for i in range(8)]
    done, _ = concurrent.futures.wait(futures)
    print("futures, done:", [f.result() for f in done])
    print("as_completed:", [f.result() for f in concurrent.futures.as_completed(futures)])

threads = {threading.Thread(target=job, args=(i,), name=f"T{i}") for i in range(6)}
print("threads:", [t.name for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print("strings:", list({"auth", "api", "db", "cache", "web", "jobs"}))
print("ns:", time.perf_counter_ns() - t0)
