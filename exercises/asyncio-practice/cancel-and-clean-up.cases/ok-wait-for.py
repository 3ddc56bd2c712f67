# Another correct solution: wait_for cancels the task at the deadline and waits for it.
# expect: pass
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
    try:
        await asyncio.wait_for(task, timeout=2.5)
    except TimeoutError:
        pass
    print(f"cancelled: {task.cancelled()}")
    print(f"open connections: {open_connections}")


asyncio.run(main())
