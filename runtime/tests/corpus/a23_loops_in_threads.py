# fidelity: no-timing (recorded at a machine load of 27, its start-up took 0.5 s; what it checks is which loop and task each thread sees)
# One event loop per thread: each thread's asyncio.run sees only its own loop and tasks, and a
# task made by calling asyncio.Task directly runs like one from create_task.
import asyncio
import threading
import time


async def step(tag, delay):
    await asyncio.sleep(delay)
    return f"{tag}:{asyncio.current_task().get_name()}"


async def main(tag, delay):
    loop = asyncio.get_running_loop()
    direct = asyncio.Task(step(tag, delay), name=f"{tag}-direct")
    made = asyncio.create_task(step(tag, delay * 2), name=f"{tag}-made")
    results = await asyncio.gather(direct, made)
    assert asyncio.get_running_loop() is loop
    return results


def in_thread(tag, delay, out):
    out[tag] = asyncio.run(main(tag, delay))


out = {}
threads = [threading.Thread(target=in_thread, args=(f"T{i}", 0.05 * (i + 1), out)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tag in sorted(out):
    print(tag, out[tag])
try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print("main thread:", exc)
print(asyncio.run(main("M", 0.1)))
