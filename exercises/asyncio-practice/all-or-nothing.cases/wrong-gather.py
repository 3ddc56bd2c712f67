# Keeps gather: the error is caught, but the other bookings go through.
# expect: fail
# expect-hint: siblings-continue
# expect-failing: output, order, tests, uses-task-group
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
    # TODO: book everything at once in an asyncio.TaskGroup, so that when one booking
    # fails the others are cancelled instead of going through.
    await asyncio.gather(*(book(*booking) for booking in bookings))


async def main():
    try:
        await book_trip([("flight", 3, False), ("hotel", 2, False), ("car", 1, True)])
    except ValueError as error:  # TODO: a TaskGroup raises an ExceptionGroup: use except*
        print(f"trip failed: {error}")
    await asyncio.sleep(5)  # the travel agent's day goes on
    print(f"booked: {booked}")


asyncio.run(main())
