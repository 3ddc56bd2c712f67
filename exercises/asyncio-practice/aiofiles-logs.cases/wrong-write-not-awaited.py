# Forgets to await out.write(): the report file stays empty.
# expect: fail
# expect-hint: missing-await
# expect-failing: output, other-files
import asyncio

import aiofiles

LOGS = ["logs/web.log", "logs/db.log", "logs/worker.log"]


async def count_errors(path):
    async with aiofiles.open(path) as log:
        text = await log.read()
    return sum("ERROR" in line for line in text.splitlines())


async def summarise(paths, out_path):
    errors = await asyncio.gather(*(count_errors(path) for path in paths))
    counts = dict(zip(paths, errors))
    async with aiofiles.open(out_path, "w") as out:
        for path, count in counts.items():
            out.write(f"{path}: {count} errors\n")
    return counts


async def main():
    counts = await summarise(LOGS, "report.txt")
    print(counts)
    async with aiofiles.open("report.txt") as report:
        print(await report.read(), end="")


asyncio.run(main())
