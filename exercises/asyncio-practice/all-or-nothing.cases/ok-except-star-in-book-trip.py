# Another correct solution: book_trip handles the group and re-raises nothing.
# expect: pass
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
    try:
        async with asyncio.TaskGroup() as group:
            for booking in bookings:
                group.create_task(book(*booking))
    except* ValueError as failures:
        for error in failures.exceptions:
            print(f"trip failed: {error}")


async def main():
    await book_trip([("flight", 3, False), ("hotel", 2, False), ("car", 1, True)])
    await asyncio.sleep(5)
    print(f"booked: {booked}")


asyncio.run(main())
