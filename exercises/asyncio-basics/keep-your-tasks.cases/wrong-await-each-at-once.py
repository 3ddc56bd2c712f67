# Awaits each task right after creating it: the saves run one by one.
# expect: fail
# expect-hint: await-right-away
# expect-failing: output, tests, overlap, elapsed
import asyncio

saved = []


async def save(note, seconds):
    print(f"saving {note}")
    await asyncio.sleep(seconds)  # a slow disk
    saved.append(note)
    print(f"saved {note}")


async def save_all(notes):
    for note, seconds in notes:
        await asyncio.create_task(save(note, seconds))
    print("all notes handed over")


async def main():
    await save_all([("shopping", 1), ("ideas", 3), ("todo", 2)])
    print(f"all saved: {saved}")


asyncio.run(main())
