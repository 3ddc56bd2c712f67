# Uses aiofiles, but awaits the logs one after another.
# expect: fail
# expect-hint: sequential
# expect-failing: async-reads
import asyncio

import aiofiles

LOGS = ["logs/web.log", "logs/db.log", "logs/worker.log"]


async def count_errors(path):
    async with aiofiles.open(path) as log:
        text = await log.read()
    return sum("ERROR" in line for line in text.splitlines())


async def summarise(paths, out_path):
    counts = {}
    for path in paths:
        counts[path] = await count_errors(path)
    async with aiofiles.open(out_path, "w") as out:
        for path, count in counts.items():
            await out.write(f"{path}: {count} errors\n")
    return counts


async def main():
    counts = await summarise(LOGS, "report.txt")
    print(counts)
    async with aiofiles.open("report.txt") as report:
        print(await report.read(), end="")


asyncio.run(main())
