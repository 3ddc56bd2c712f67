# Another correct solution: a TaskGroup waits for its tasks when the block ends.
# expect: pass
import asyncio

saved = []


async def save(note, seconds):
    print(f"saving {note}")
    await asyncio.sleep(seconds)  # a slow disk
    saved.append(note)
    print(f"saved {note}")


async def save_all(notes):
    async with asyncio.TaskGroup() as group:
        for note, seconds in notes:
            group.create_task(save(note, seconds))
        print("all notes handed over")


async def main():
    await save_all([("shopping", 1), ("ideas", 3), ("todo", 2)])
    print(f"all saved: {saved}")


asyncio.run(main())
