# Another correct solution: asyncio.wait with FIRST_COMPLETED, then cancel the pending.
# expect: pass
import asyncio

# Seconds each mirror takes to answer today.
MIRRORS = {"eu": 1.2, "us": 0.7, "asia": 2.0}
answered = []


async def ask(mirror):
    await asyncio.sleep(MIRRORS[mirror])
    answered.append(mirror)
    print(f"{mirror}: answered")
    return mirror


async def fastest(mirrors):
    tasks = [asyncio.create_task(ask(mirror)) for mirror in mirrors]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    return done.pop().result()


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    winner = await fastest(list(MIRRORS))
    print(f"downloading from {winner} at {loop.time() - started:.1f} s")
    await asyncio.sleep(2)  # the download itself
    print("done")


asyncio.run(main())
