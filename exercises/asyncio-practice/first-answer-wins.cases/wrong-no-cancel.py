# Takes the first result from as_completed but leaves the other requests running.
# expect: fail
# expect-hint: cancel-rest
# expect-failing: output, tests
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
    for first in asyncio.as_completed([ask(mirror) for mirror in mirrors]):
        return await first


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    winner = await fastest(list(MIRRORS))
    print(f"downloading from {winner} at {loop.time() - started:.1f} s")
    await asyncio.sleep(2)  # the download itself
    print("done")


asyncio.run(main())
