# Awaits the coroutines one by one without tasks.
# expect: fail
# expect-hint: await-right-away, use-tasks
# expect-failing: output, tests, tasks, overlap, elapsed
import asyncio

saved = []


async def save(note, seconds):
    print(f"saving {note}")
    await asyncio.sleep(seconds)  # a slow disk
    saved.append(note)
    print(f"saved {note}")


async def save_all(notes):
    for note, seconds in notes:
        await save(note, seconds)
    print("all notes handed over")


async def main():
    await save_all([("shopping", 1), ("ideas", 3), ("todo", 2)])
    print(f"all saved: {saved}")


asyncio.run(main())
