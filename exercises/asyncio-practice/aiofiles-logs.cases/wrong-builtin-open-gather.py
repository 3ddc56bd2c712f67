# Gathers the coroutines, but they still use the blocking built-in open().
# expect: fail
# expect-hint: sync-open
# expect-failing: async-reads, no-builtin-open
import asyncio

import aiofiles

LOGS = ["logs/web.log", "logs/db.log", "logs/worker.log"]


async def count_errors(path):
    with open(path) as log:
        return sum("ERROR" in line for line in log.read().splitlines())


async def summarise(paths, out_path):
    errors = await asyncio.gather(*(count_errors(path) for path in paths))
    counts = dict(zip(paths, errors))
    with open(out_path, "w") as out:
        for path, count in counts.items():
            out.write(f"{path}: {count} errors\n")
    return counts


async def main():
    counts = await summarise(LOGS, "report.txt")
    print(counts)
    async with aiofiles.open("report.txt") as report:
        print(await report.read(), end="")


asyncio.run(main())
