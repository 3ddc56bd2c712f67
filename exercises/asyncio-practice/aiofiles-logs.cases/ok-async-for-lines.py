# Another correct solution: iterates the lines with async for, writes the report in one call.
# expect: pass
import asyncio

import aiofiles

LOGS = ["logs/web.log", "logs/db.log", "logs/worker.log"]


async def count_errors(path):
    errors = 0
    async with aiofiles.open(path, mode="r") as log:
        async for line in log:
            errors += "ERROR" in line
    return errors


async def summarise(paths, out_path):
    async with asyncio.TaskGroup() as group:
        tasks = {path: group.create_task(count_errors(path)) for path in paths}
    counts = {path: task.result() for path, task in tasks.items()}
    report = "".join(f"{path}: {count} errors\n" for path, count in counts.items())
    async with aiofiles.open(out_path, "w") as out:
        await out.write(report)
    return counts


async def main():
    counts = await summarise(LOGS, "report.txt")
    print(counts)
    async with aiofiles.open("report.txt") as report:
        print(await report.read(), end="")


asyncio.run(main())
