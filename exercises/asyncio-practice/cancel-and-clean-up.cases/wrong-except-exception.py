# Cleans up in except Exception, which CancelledError passes through.
# expect: fail
# expect-hint: use-finally
# expect-failing: output, tests
import asyncio

open_connections = []


async def download(name, chunks):
    open_connections.append(name)
    print(f"{name}: connected")
    received = 0
    try:
        for _ in range(chunks):
            await asyncio.sleep(1)
            received += 1
    except Exception:
        open_connections.remove(name)
        print(f"{name}: closed after {received} chunks")
        raise
    open_connections.remove(name)
    print(f"{name}: closed after {received} chunks")
    return received


async def main():
    task = asyncio.create_task(download("movie.mp4", 10))
    await asyncio.sleep(2.5)
    task.cancel()  # only a request: CancelledError is raised inside the task at its await
    try:
        await task  # wait until the task has really stopped (and cleaned up)
    except asyncio.CancelledError:
        pass
    print(f"cancelled: {task.cancelled()}")
    print(f"open connections: {open_connections}")


asyncio.run(main())
