# Another correct solution: gather the kept tasks.
# expect: pass
import asyncio

saved = []


async def save(note, seconds):
    print(f"saving {note}")
    await asyncio.sleep(seconds)  # a slow disk
    saved.append(note)
    print(f"saved {note}")


async def save_all(notes):
    tasks = [asyncio.create_task(save(note, seconds)) for note, seconds in notes]
    print("all notes handed over")
    await asyncio.gather(*tasks)


async def main():
    await save_all([("shopping", 1), ("ideas", 3), ("todo", 2)])
    print(f"all saved: {saved}")


asyncio.run(main())
