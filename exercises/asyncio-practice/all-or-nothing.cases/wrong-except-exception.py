# Catches the whole group with except Exception and prints the group's message.
# expect: fail
# expect-hint: except-star
# expect-failing: output
import asyncio

booked = []


async def book(what, seconds, fails):
    try:
        await asyncio.sleep(seconds)  # talking to the booking service
        if fails:
            raise ValueError(f"{what}: sold out")
        booked.append(what)
        print(f"{what}: booked")
    except asyncio.CancelledError:
        print(f"{what}: cancelled")
        raise


async def book_trip(bookings):
    # When a task in the group fails, the group cancels the others, waits for them,
    # and raises an ExceptionGroup holding the failures.
    async with asyncio.TaskGroup() as group:
        for booking in bookings:
            group.create_task(book(*booking))


async def main():
    try:
        await book_trip([("flight", 3, False), ("hotel", 2, False), ("car", 1, True)])
    except Exception as error:
        print(f"trip failed: {error}")
    await asyncio.sleep(5)
    print(f"booked: {booked}")


asyncio.run(main())
