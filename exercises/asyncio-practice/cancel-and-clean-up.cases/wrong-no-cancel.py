# Adds the finally but never cancels: main waits for the whole download.
# expect: fail
# expect-hint: cancel-it
# expect-failing: output, elapsed
import asyncio

open_connections = []


async def download(name, chunks):
    open_connections.append(name)
    print(f"{name}: connected")
    received = 0
    try:
        for _ in range(chunks):
            await asyncio.sleep(1)  # one chunk arrives
            received += 1
    finally:
        # Runs when the loop ends, on an error, and when CancelledError arrives at the await.
        open_connections.remove(name)
        print(f"{name}: closed after {received} chunks")
    return received


async def main():
    task = asyncio.create_task(download("movie.mp4", 10))
    await asyncio.sleep(2.5)
    try:
        await task  # wait until the task has really stopped (and cleaned up)
    except asyncio.CancelledError:
        pass
    print(f"cancelled: {task.cancelled()}")
    print(f"open connections: {open_connections}")


asyncio.run(main())
